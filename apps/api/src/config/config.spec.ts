import { ConfigError, DEV_MAIL_FROM, loadConfig } from './config';

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

  it('snapshots: on by default under DATA_DIR, off under NODE_ENV=test, settings validated', () => {
    expect(loadConfig(dev)).toMatchObject({ snapshots: true, snapshotDir: '/tmp/passerelle-config-spec/snapshots', snapshotIntervalSeconds: 300 });
    expect(loadConfig({ ...dev, NODE_ENV: 'test' }).snapshots).toBe(false);
    expect(loadConfig({ ...dev, NODE_ENV: 'test', SNAPSHOTS: 'true', SNAPSHOT_DIR: '/var/snap', SNAPSHOT_INTERVAL_SECONDS: '60' })).toMatchObject({
      snapshots: true,
      snapshotDir: '/var/snap',
      snapshotIntervalSeconds: 60,
    });
    expect(() => loadConfig({ ...dev, SNAPSHOTS: 'maybe', SNAPSHOT_INTERVAL_SECONDS: '0' })).toThrow(/SNAPSHOTS must be true or false[\s\S]*SNAPSHOT_INTERVAL_SECONDS must be an integer/);
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
    const prod = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db/passerelle',
      JWT_SECRET: 'x'.repeat(40),
      SMTP_URL: 'smtps://mailer:secret@smtp.example.org:465',
      MAIL_FROM: 'Cluster <no-reply@cluster.example.org>',
      PUBLIC_URL: 'https://passerelle.example.org',
    };
    expect(loadConfig(prod).seedDemoData).toBe(false);
    expect(() => loadConfig({ ...prod, SEED_DEMO_DATA: 'true' })).toThrow(/SEED_DEMO_DATA cannot be true/);
  });

  describe('public URL (links in e-mails)', () => {
    it('defaults to localhost on the port', () => {
      expect(loadConfig(dev).publicUrl).toBe('http://localhost:3000');
      expect(loadConfig({ ...dev, PORT: '8081' }).publicUrl).toBe('http://localhost:8081');
    });

    it('keeps a path but not its trailing slash', () => {
      expect(loadConfig({ ...dev, PUBLIC_URL: 'https://cluster.example.org/' }).publicUrl).toBe('https://cluster.example.org');
      expect(loadConfig({ ...dev, PUBLIC_URL: 'https://cluster.example.org/passerelle/' }).publicUrl).toBe('https://cluster.example.org/passerelle');
    });

    it.each(['cluster.example.org', 'ftp://cluster.example.org', 'https://cluster.example.org/?a=1', 'https://cluster.example.org/#/x', 'https://u:p@cluster.example.org'])(
      'refuses %s',
      (value) => {
        expect(() => loadConfig({ ...dev, PUBLIC_URL: value })).toThrow(/PUBLIC_URL must be an http:\/\/ or https:\/\//);
      },
    );

    it('is required in production', () => {
      const prod = {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://u:p@db/passerelle',
        JWT_SECRET: 'x'.repeat(40),
        SMTP_URL: 'smtps://u:p@smtp.example.org:465',
        MAIL_FROM: 'no-reply@cluster.example.org',
      };
      expect(() => loadConfig(prod)).toThrow(/PUBLIC_URL is required when NODE_ENV=production/);
      expect(loadConfig({ ...prod, PUBLIC_URL: 'https://passerelle.example.org' }).publicUrl).toBe('https://passerelle.example.org');
    });
  });

  describe('e-mail', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db/passerelle', JWT_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://passerelle.example.org' };
    const problemsOf = (env: Record<string, string>): string => {
      try {
        loadConfig(env);
      } catch (error) {
        return (error as ConfigError).problems.join('\n');
      }
      return '';
    };

    it('defaults to .eml files, a development sender and a 2 s loop', () => {
      const config = loadConfig(dev);
      expect(config.smtpUrl).toBeNull();
      expect(config.mailFrom).toBe(DEV_MAIL_FROM);
      expect(config.mailFrom).toContain('.invalid>');
      expect(config.mailIntervalMs).toBe(2000);
      expect(config.mailMaxAttempts).toBe(20);
    });

    it('accepts smtp:// and smtps:// URLs with credentials, and named or bare senders', () => {
      const config = loadConfig({ ...dev, SMTP_URL: 'smtp://user:p%40ss@127.0.0.1:2525', MAIL_FROM: 'Cluster Souss <hello@cluster.example.org>', MAIL_INTERVAL_MS: '0', MAIL_MAX_ATTEMPTS: '3' });
      expect(config).toMatchObject({ smtpUrl: 'smtp://user:p%40ss@127.0.0.1:2525', mailFrom: 'Cluster Souss <hello@cluster.example.org>', mailIntervalMs: 0, mailMaxAttempts: 3 });
      expect(loadConfig({ ...dev, SMTP_URL: 'smtps://smtp.example.org', MAIL_FROM: 'hello@cluster.example.org' }).mailFrom).toBe('hello@cluster.example.org');
    });

    it('reports a bad URL, sender or interval without echoing the credentials', () => {
      const problems = problemsOf({ ...dev, SMTP_URL: 'http://user:hunter2@mail.example.org', MAIL_FROM: 'not an address', MAIL_INTERVAL_MS: '-1', MAIL_MAX_ATTEMPTS: '0' });
      expect(problems).toContain('SMTP_URL must be an smtp:// or smtps:// URL');
      expect(problems).not.toContain('hunter2');
      expect(problems).toContain('MAIL_FROM must be an e-mail address');
      expect(problems).toContain('MAIL_INTERVAL_MS must be an integer between 0 and');
      expect(problems).toContain('MAIL_MAX_ATTEMPTS must be an integer between 1 and');
      expect(problemsOf({ ...dev, SMTP_URL: 'smtp://' })).toContain('SMTP_URL must be');
    });

    it('requires SMTP_URL and MAIL_FROM in production', () => {
      const problems = problemsOf(prod);
      expect(problems).toContain('SMTP_URL is required when NODE_ENV=production');
      expect(problems).toContain('MAIL_FROM is required when NODE_ENV=production');
      const config = loadConfig({ ...prod, SMTP_URL: 'smtps://u:p@smtp.example.org:465', MAIL_FROM: 'no-reply@cluster.example.org' });
      expect(config.smtpUrl).toBe('smtps://u:p@smtp.example.org:465');
    });
  });

  describe('TRUST_PROXY', () => {
    const dev = { DATA_DIR: '/tmp/passerelle-config-spec' };
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return '';
      } catch (error) {
        return (error as ConfigError).problems.join('\n');
      }
    };

    it('defaults to loopback and accepts false, hop counts, addresses, ranges and presets', () => {
      expect(loadConfig(dev).trustProxy).toEqual(['loopback']);
      expect(loadConfig({ ...dev, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
      expect(loadConfig({ ...dev, TRUST_PROXY: '1' }).trustProxy).toBe(1);
      expect(loadConfig({ ...dev, TRUST_PROXY: 'loopback, 172.16.0.0/12, fd00::/8, 10.0.0.5' }).trustProxy).toEqual(['loopback', '172.16.0.0/12', 'fd00::/8', '10.0.0.5']);
      expect(loadConfig({ ...dev, TRUST_PROXY: 'uniquelocal' }).trustProxy).toEqual(['uniquelocal']);
    });

    it('refuses true (anyone could choose their address) and anything that is not an address or range', () => {
      for (const raw of ['true', 'nginx', '10.0.0.0/33', '300.1.1.1', ', ', '1.2.3.4/8/9']) {
        expect([raw, problems({ ...dev, TRUST_PROXY: raw })]).toEqual([raw, expect.stringContaining('TRUST_PROXY must be')]);
      }
    });
  });
});
