import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/config';
import { backupFiles, defaultBackupName } from './database-dump';

const dev = { NODE_ENV: 'development', DATA_DIR: '/tmp/passerelle-config-spec', JWT_SECRET: 'x'.repeat(40) };

describe('backup configuration', () => {
  it('defaults: under DATA_DIR, every 24 h, 7 kept; off under NODE_ENV=test', () => {
    expect(loadConfig(dev)).toMatchObject({ backupDir: join('/tmp/passerelle-config-spec', 'backups'), backupIntervalHours: 24, backupKeep: 7 });
    expect(loadConfig({ ...dev, NODE_ENV: 'test' }).backupIntervalHours).toBe(0);
    expect(loadConfig({ ...dev, BACKUP_DIR: 'backups-here', BACKUP_INTERVAL_HOURS: '0.5', BACKUP_KEEP: '30' })).toMatchObject({
      backupDir: resolve('backups-here'),
      backupIntervalHours: 0.5,
      backupKeep: 30,
    });
  });

  it.each([
    ['BACKUP_INTERVAL_HOURS', 'daily', /BACKUP_INTERVAL_HOURS must be a number between 0 and/],
    ['BACKUP_INTERVAL_HOURS', '-1', /BACKUP_INTERVAL_HOURS must be a number/],
    ['BACKUP_KEEP', '0', /BACKUP_KEEP must be an integer between 1 and 1000/],
    ['BACKUP_KEEP', '2.5', /BACKUP_KEEP must be an integer/],
  ])('refuses %s=%s with a message naming it', (name, value, message) => {
    expect(() => loadConfig({ ...dev, [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...dev, [name]: value })).toThrow(message);
  });
});

describe('backup file names', () => {
  it('a name, its .dump or its .manifest.json all designate the same pair of files', () => {
    for (const given of ['/b/x', '/b/x.dump', '/b/x.manifest.json']) {
      expect(backupFiles(given)).toEqual({ dumpFile: '/b/x.dump', manifestFile: '/b/x.manifest.json' });
    }
  });

  it('scheduled names sort by time and never collide within a second', () => {
    const a = defaultBackupName('/b', new Date('2026-12-06T09:00:00.001Z'));
    const b = defaultBackupName('/b', new Date('2026-12-06T09:00:00.002Z'));
    expect(a).toBe('/b/passerelle-20261206T090000001Z');
    expect(a < b).toBe(true);
  });
});
