import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  const dev = { DATA_DIR: '/tmp/passerelle-config-spec' };

  it('starts in development with generated dev defaults', () => {
    const config = loadConfig(dev);
    expect(config.nodeEnv).toBe('development');
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.seedDemoData).toBe(true);
    expect(config.demoPassword).toBe('passerelle-demo');
  });

  it('keeps the generated development secret between starts', () => {
    expect(loadConfig(dev).jwtSecret).toBe(loadConfig(dev).jwtSecret);
  });

  it('reports every bad value at once', () => {
    const attempt = () => loadConfig({ ...dev, PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT must be an integer');
      expect(problems).toContain('DATABASE_URL must be a postgres://');
      expect(problems).toContain('LOG_LEVEL must be one of');
    }
  });

  it('refuses production without a database, a secret, or with demo data', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL is required[\s\S]*JWT_SECRET is required/);
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db/passerelle', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(prod).seedDemoData).toBe(false);
    expect(() => loadConfig({ ...prod, SEED_DEMO_DATA: 'true' })).toThrow(/SEED_DEMO_DATA cannot be true/);
  });
});
