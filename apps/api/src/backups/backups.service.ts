import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { BackupManifest, backupDatabase, defaultBackupName } from './database-dump';

/** Serialises scheduled backups across API instances sharing a database. */
const BACKUP_LOCK = 4_201_730;
/** The first check after start, then at most this often. */
const FIRST_CHECK_MS = 60_000;
const MAX_CHECK_MS = 15 * 60_000;
const HOUR_MS = 3_600_000;

export type BackupHealth = 'OK' | 'STALE' | 'NONE';

export interface BackupEntry {
  name: string;
  createdAt: Date;
  bytes: number;
  schemaVersion: string | null;
  rows: number;
}

export interface BackupStatusShape {
  directory: string;
  scheduled: boolean;
  intervalHours: number;
  keep: number;
  health: BackupHealth;
  /** Age after which the last backup is reported STALE: twice the interval (48 h when not scheduled). */
  warnAfterHours: number;
  last: BackupEntry | null;
  lastAgeHours: number | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  backups: BackupEntry[];
}

/**
 * Scheduled backups (BACKUP_DIR, BACKUP_INTERVAL_HOURS, BACKUP_KEEP) and their status. Each
 * instance checks now and then whether the newest good backup in BACKUP_DIR is older than the
 * interval; one instance at a time (advisory lock) then writes a new one and prunes the oldest.
 */
@Injectable()
export class BackupsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BackupsService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;
  private lastError: { message: string; at: Date } | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.backupIntervalHours > 0) this.schedule(FIRST_CHECK_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private get intervalMs(): number {
    return this.config.backupIntervalHours * HOUR_MS;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runIfDue().finally(() => this.schedule(Math.min(this.intervalMs, MAX_CHECK_MS)));
    }, delayMs);
    this.timer.unref();
  }

  /** Backs up when the newest good backup is older than the interval (or there is none). Never throws. */
  async runIfDue(now = new Date()): Promise<BackupEntry | null> {
    const last = this.list()[0];
    if (last && now.getTime() - last.createdAt.getTime() < this.intervalMs) return null;
    return this.runNow(now).catch(() => null);
  }

  /**
   * Writes a backup into BACKUP_DIR now and prunes beyond BACKUP_KEEP. With `dueAt` (scheduled
   * runs), gives up when another instance holds the lock or has written one since.
   */
  async runNow(dueAt?: Date): Promise<BackupEntry | null> {
    const onlyIfDue = dueAt !== undefined;
    const lock = this.db.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }] = await lock.query('SELECT pg_try_advisory_lock($1) AS locked', [BACKUP_LOCK]);
      if (!locked) {
        if (onlyIfDue) return null;
        throw new Error('Another backup is running');
      }
      try {
        const last = this.list()[0];
        if (dueAt && last && dueAt.getTime() - last.createdAt.getTime() < this.intervalMs) return null;
        const { manifest, files } = await backupDatabase(this.databaseUrl(), defaultBackupName(this.config.backupDir));
        this.lastError = null;
        this.logger.log({ msg: 'Backup written', file: files.dumpFile, bytes: manifest.bytes, ms: manifest.durationMs });
        this.prune();
        return this.list().find((b) => b.name === manifest.dumpFile.replace(/\.dump$/, '')) ?? null;
      } finally {
        await lock.query('SELECT pg_advisory_unlock($1)', [BACKUP_LOCK]);
      }
    } catch (error) {
      this.lastError = { message: error instanceof Error ? error.message : String(error), at: new Date() };
      this.logger.error({ msg: 'Backup failed', error: this.lastError.message });
      throw error;
    } finally {
      await lock.release();
    }
  }

  /** Good backups in BACKUP_DIR (manifest and a dump of the recorded size), newest first. */
  list(): BackupEntry[] {
    const dir = this.config.backupDir;
    if (!existsSync(dir)) return [];
    const entries: BackupEntry[] = [];
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.manifest.json')) continue;
      try {
        const manifest = JSON.parse(readFileSync(join(dir, file), 'utf8')) as BackupManifest;
        const dump = join(dir, manifest.dumpFile);
        if (!existsSync(dump) || statSync(dump).size !== manifest.bytes) continue;
        entries.push({
          name: file.replace(/\.manifest\.json$/, ''),
          createdAt: new Date(manifest.createdAt),
          bytes: manifest.bytes,
          schemaVersion: manifest.schemaVersion,
          rows: Object.values(manifest.tables).reduce((a, b) => a + b, 0),
        });
      } catch {
        // not a manifest of ours: ignored
      }
    }
    return entries.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  status(now = new Date()): BackupStatusShape {
    const backups = this.list();
    const last = backups[0] ?? null;
    const lastAgeHours = last ? Math.max(0, (now.getTime() - last.createdAt.getTime()) / HOUR_MS) : null;
    const warnAfterHours = 2 * (this.config.backupIntervalHours || 24);
    return {
      directory: this.config.backupDir,
      scheduled: this.config.backupIntervalHours > 0,
      intervalHours: this.config.backupIntervalHours,
      keep: this.config.backupKeep,
      health: !last ? 'NONE' : lastAgeHours! > warnAfterHours ? 'STALE' : 'OK',
      warnAfterHours,
      last,
      lastAgeHours: lastAgeHours === null ? null : Math.round(lastAgeHours * 100) / 100,
      lastError: this.lastError?.message ?? null,
      lastErrorAt: this.lastError?.at ?? null,
      backups,
    };
  }

  /** Keeps the newest BACKUP_KEEP scheduled backups (passerelle-*), deletes the others' files. */
  private prune(): void {
    const scheduled = this.list().filter((b) => b.name.startsWith('passerelle-'));
    for (const old of scheduled.slice(this.config.backupKeep)) {
      for (const suffix of ['.dump', '.manifest.json']) rmSync(join(this.config.backupDir, `${old.name}${suffix}`), { force: true });
    }
  }

  private databaseUrl(): string {
    const url = (this.db.options as { url?: string }).url;
    if (!url) throw new Error('The database URL is unknown');
    return url;
  }
}
