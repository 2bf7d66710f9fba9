import { closeSync, fsyncSync, openSync, readFileSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import * as zlib from 'node:zlib';
import { createHash, randomBytes } from 'node:crypto';

/**
 * A binary snapshot file: a small JSON header, then named sections (typed arrays stored as raw
 * little-endian bytes, JSON values as UTF-8, raw bytes), each aligned to 8 bytes and checksummed.
 * Typed arrays load with one copy each, or none (i32View / f64View / u8View: views over the file's
 * buffer), and no parsing: what makes a 100k-document index load in well under a second where
 * rebuilding its postings takes tens of seconds.
 *
 *   bytes 0-7   "PSNAP\0\0\x01"
 *   bytes 8-11  header length H (uint32 LE)
 *   12 … 12+H   header JSON: { meta, sections: [{ name, kind, offset, length, crc }] }
 *   then the sections (offsets from the start of the file).
 *
 * Written to a temporary file in the same directory, fsynced, then renamed over the old one: a
 * crash leaves the old snapshot or the new one, never half of one.
 */

const MAGIC = Buffer.from('PSNAP\0\0\x01', 'latin1');
/** JSON values larger than this are split over several sections (V8 caps a string's length). */
const JSON_ARRAY_CHUNK = 5000;

export type SectionKind = 'json' | 'i32' | 'f64' | 'u8';

interface SectionEntry {
  name: string;
  kind: SectionKind;
  offset: number;
  length: number;
  crc: string;
}

export interface SnapshotHeader<M = Record<string, unknown>> {
  meta: M;
  sections: SectionEntry[];
}

/** Refused snapshot: missing, truncated, checksum mismatch, wrong format. */
export class SnapshotFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotFileError';
  }
}

/** Collects the sections of a snapshot before writing. */
export class SnapshotSections {
  readonly parts: { name: string; kind: SectionKind; bytes: Uint8Array }[] = [];

  json(name: string, value: unknown): void {
    this.parts.push({ name, kind: 'json', bytes: Buffer.from(JSON.stringify(value) ?? 'null', 'utf8') });
  }

  /** A long array as several JSON sections (read back whole by jsonArray). */
  jsonArray(name: string, values: readonly unknown[]): void {
    const chunks = Math.max(1, Math.ceil(values.length / JSON_ARRAY_CHUNK));
    this.json(`${name}#chunks`, chunks);
    for (let i = 0; i < chunks; i++) this.json(`${name}#${i}`, values.slice(i * JSON_ARRAY_CHUNK, (i + 1) * JSON_ARRAY_CHUNK));
  }

  i32(name: string, values: Int32Array): void {
    this.parts.push({ name, kind: 'i32', bytes: new Uint8Array(values.buffer, values.byteOffset, values.byteLength) });
  }

  f64(name: string, values: Float64Array): void {
    this.parts.push({ name, kind: 'f64', bytes: new Uint8Array(values.buffer, values.byteOffset, values.byteLength) });
  }

  u8(name: string, values: Uint8Array): void {
    this.parts.push({ name, kind: 'u8', bytes: values });
  }
}

/** Reads the sections of a loaded snapshot, each one once or more. */
export class SnapshotReader {
  private readonly entries = new Map<string, SectionEntry>();

  constructor(
    private readonly file: Buffer,
    header: SnapshotHeader<unknown>,
  ) {
    for (const entry of header.sections) this.entries.set(entry.name, entry);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  json<T>(name: string): T {
    const bytes = this.bytes(name, 'json');
    return JSON.parse(bytes.toString('utf8')) as T;
  }

  jsonArray<T>(name: string): T[] {
    const chunks = this.json<number>(`${name}#chunks`);
    if (!Number.isInteger(chunks) || chunks < 1) throw new SnapshotFileError(`section ${name}: bad chunk count`);
    const out: T[] = [];
    for (let i = 0; i < chunks; i++) for (const value of this.json<T[]>(`${name}#${i}`)) out.push(value);
    return out;
  }

  /** A copy (aligned, and independent of the file's buffer, which can then be collected). */
  i32(name: string): Int32Array {
    const bytes = this.bytes(name, 'i32');
    const out = new Int32Array(bytes.length / 4);
    new Uint8Array(out.buffer).set(bytes);
    return out;
  }

  f64(name: string): Float64Array {
    const bytes = this.bytes(name, 'f64');
    const out = new Float64Array(bytes.length / 8);
    new Uint8Array(out.buffer).set(bytes);
    return out;
  }

  u8(name: string): Uint8Array {
    return Uint8Array.prototype.slice.call(this.bytes(name, 'u8'));
  }

  /**
   * A view over the file's bytes where the section is aligned in memory (it is in the file; the
   * file's buffer starts aligned when read whole), else a copy. No copy, but the view keeps the
   * whole file in memory: for sections kept for the life of the index. Never write through it.
   */
  i32View(name: string): Int32Array {
    const bytes = this.bytes(name, 'i32');
    if (bytes.length % 4 !== 0) throw new SnapshotFileError(`section ${name}: ${bytes.length} bytes is not a whole number of int32`);
    return bytes.byteOffset % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) : this.i32(name);
  }

  f64View(name: string): Float64Array {
    const bytes = this.bytes(name, 'f64');
    if (bytes.length % 8 !== 0) throw new SnapshotFileError(`section ${name}: ${bytes.length} bytes is not a whole number of float64`);
    return bytes.byteOffset % 8 === 0 ? new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8) : this.f64(name);
  }

  /** The section's bytes, a view over the file (see i32View). */
  u8View(name: string): Buffer {
    return this.bytes(name, 'u8');
  }

  private bytes(name: string, kind: SectionKind): Buffer {
    const entry = this.entries.get(name);
    if (!entry) throw new SnapshotFileError(`section ${name} is missing`);
    if (entry.kind !== kind) throw new SnapshotFileError(`section ${name} is ${entry.kind}, not ${kind}`);
    return this.file.subarray(entry.offset, entry.offset + entry.length);
  }
}

/** Writes `sections` under `meta` to `path`, atomically; returns the file's size in bytes. */
export function writeSnapshotFile(path: string, meta: unknown, sections: SnapshotSections): number {
  const entries: SectionEntry[] = [];
  // The header's length depends on the offsets, which depend on the header's length: reserve room.
  let headerBytes = Buffer.from(JSON.stringify({ meta, sections: [] }), 'utf8').length + sections.parts.length * 160 + 64;
  for (;;) {
    entries.length = 0;
    let offset = align(12 + headerBytes);
    for (const part of sections.parts) {
      entries.push({ name: part.name, kind: part.kind, offset, length: part.bytes.length, crc: checksum(part.bytes) });
      offset = align(offset + part.bytes.length);
    }
    const header = Buffer.from(JSON.stringify({ meta, sections: entries }), 'utf8');
    if (header.length <= headerBytes) {
      headerBytes = header.length;
      return writeAtomically(path, header, entries, sections);
    }
    headerBytes = header.length + 1024;
  }
}

function writeAtomically(path: string, header: Buffer, entries: SectionEntry[], sections: SnapshotSections): number {
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  let size = 0;
  try {
    const prefix = Buffer.alloc(12);
    MAGIC.copy(prefix, 0);
    prefix.writeUInt32LE(header.length, 8);
    size += writeSync(fd, prefix, 0, 12, 0);
    size += writeSync(fd, header, 0, header.length, 12);
    sections.parts.forEach((part, i) => {
      let written = 0;
      while (written < part.bytes.length) written += writeSync(fd, part.bytes, written, part.bytes.length - written, entries[i].offset + written);
      size = entries[i].offset + part.bytes.length;
    });
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
  try {
    const dir = openSync(dirname(path), 'r');
    fsyncSync(dir);
    closeSync(dir);
  } catch {
    // some file systems cannot fsync a directory; the rename is still atomic
  }
  return size;
}

/** The header alone (a few KB read): whether the snapshot is worth loading. */
export function readSnapshotHeader<M>(path: string): SnapshotHeader<M> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new SnapshotFileError(`cannot open ${path}: ${(error as Error).message}`);
  }
  try {
    const prefix = Buffer.alloc(12);
    if (readSync(fd, prefix, 0, 12, 0) !== 12 || !prefix.subarray(0, 8).equals(MAGIC)) throw new SnapshotFileError('not a snapshot file');
    const length = prefix.readUInt32LE(8);
    if (length > 64 * 1024 * 1024) throw new SnapshotFileError('header too large');
    const header = Buffer.alloc(length);
    if (readSync(fd, header, 0, length, 12) !== length) throw new SnapshotFileError('truncated header');
    return parseHeader<M>(header);
  } finally {
    closeSync(fd);
  }
}

/** The whole file, every section's checksum verified. */
export function readSnapshotFile<M>(path: string): { header: SnapshotHeader<M>; reader: SnapshotReader; bytes: number } {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    throw new SnapshotFileError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (file.byteOffset % 8 !== 0) {
    // A small file may come from Node's shared pool, at any offset: aligned typed-array views need the file at 0.
    const aligned = Buffer.allocUnsafeSlow(file.length);
    file.copy(aligned);
    file = aligned;
  }
  if (file.length < 12 || !file.subarray(0, 8).equals(MAGIC)) throw new SnapshotFileError('not a snapshot file');
  const length = file.readUInt32LE(8);
  if (12 + length > file.length) throw new SnapshotFileError('truncated header');
  const header = parseHeader<M>(file.subarray(12, 12 + length));
  for (const entry of header.sections) {
    if (entry.offset + entry.length > file.length) throw new SnapshotFileError(`section ${entry.name} is truncated`);
    if (checksum(file.subarray(entry.offset, entry.offset + entry.length)) !== entry.crc) throw new SnapshotFileError(`section ${entry.name} fails its checksum`);
  }
  return { header, reader: new SnapshotReader(file, header), bytes: file.length };
}

function parseHeader<M>(bytes: Buffer): SnapshotHeader<M> {
  let header: SnapshotHeader<M>;
  try {
    header = JSON.parse(bytes.toString('utf8')) as SnapshotHeader<M>;
  } catch {
    throw new SnapshotFileError('unreadable header');
  }
  if (!header || typeof header !== 'object' || !Array.isArray(header.sections) || typeof header.meta !== 'object' || header.meta === null) {
    throw new SnapshotFileError('malformed header');
  }
  return header;
}

function align(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

/** CRC-32 where Node has it (20.15+, 22.2+), else SHA-1: detects a damaged or truncated section. */
const crc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;
function checksum(bytes: Uint8Array): string {
  return crc32 ? crc32(bytes).toString(16) : createHash('sha1').update(bytes).digest('hex');
}
