import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as zlib from 'node:zlib';
import { createHash, randomBytes } from 'node:crypto';

/**
 * A binary snapshot file: a small JSON header, then named sections (typed arrays stored as raw
 * little-endian bytes, JSON values as UTF-8, raw bytes), each aligned to 8 bytes and checksummed.
 * Typed arrays load with no parsing, each section read straight into its own array: what makes a
 * 100k-document index load in well under a second where rebuilding its postings takes tens of
 * seconds. The file is never read whole into memory: its checksums are verified in chunks through
 * one small buffer, then each section is read where it goes (a typed array, a JSON text parsed and
 * dropped), and a section can stay on disk, read in ranges on demand (fileBytes: the stored
 * documents), so a loaded snapshot holds in memory what its user keeps and nothing else.
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
/** Checksums and streamed sections go through a buffer of at most this size. */
const READ_CHUNK = 4 * 1024 * 1024;

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

/**
 * Bytes a section is written from without being gathered in memory first: `chunks()` yields them
 * in order, `length` bytes in all, and may be called more than once (a chunk may be a reused
 * buffer: it is consumed before the next one is asked for).
 */
export interface StreamedBytes {
  readonly length: number;
  chunks(): Iterable<Uint8Array>;
}

type SectionPart = { name: string; kind: SectionKind; bytes: Uint8Array } | { name: string; kind: SectionKind; stream: StreamedBytes };

/** Collects the sections of a snapshot before writing. */
export class SnapshotSections {
  readonly parts: SectionPart[] = [];

  json(name: string, value: unknown): void {
    this.parts.push({ name, kind: 'json', bytes: Buffer.from(JSON.stringify(value) ?? 'null', 'utf8') });
  }

  /** A long array as several JSON sections (read back whole by jsonArray). */
  jsonArray(name: string, values: readonly unknown[]): void {
    const steps = this.jsonArraySteps(name, values);
    while (!steps.next().done);
  }

  /** As jsonArray, one section per step: the caller may do other work between two steps. */
  *jsonArraySteps(name: string, values: readonly unknown[]): Generator<void> {
    const chunks = Math.max(1, Math.ceil(values.length / JSON_ARRAY_CHUNK));
    this.json(`${name}#chunks`, chunks);
    for (let i = 0; i < chunks; i++) {
      this.json(`${name}#${i}`, values.slice(i * JSON_ARRAY_CHUNK, (i + 1) * JSON_ARRAY_CHUNK));
      yield;
    }
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

  /** A raw-bytes section written from `stream` (e.g. ranges of a loaded snapshot still on disk). */
  u8Stream(name: string, stream: StreamedBytes): void {
    this.parts.push({ name, kind: 'u8', stream });
  }
}

/**
 * An open snapshot file, read with positioned reads. Closed by release() when nothing was handed
 * out that reads from it later, else when the last FileBytes over it is garbage-collected.
 */
class OpenFile {
  private closed = false;

  constructor(
    readonly fd: number,
    readonly size: number,
  ) {
    openFiles.register(this, fd, this);
  }

  /** Fills `into` from `position` on. */
  read(into: Uint8Array, position: number): void {
    if (this.closed) throw new SnapshotFileError('the snapshot file was closed');
    let done = 0;
    while (done < into.length) {
      const read = readSync(this.fd, into, done, Math.min(into.length - done, 1 << 30), position + done);
      if (read === 0) throw new SnapshotFileError('the snapshot file is truncated');
      done += read;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    openFiles.unregister(this);
    closeSync(this.fd);
  }
}

const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * A section of a loaded snapshot left on disk: its bytes are read on demand, by range. Keeps the
 * file open (a snapshot written later replaces the file by a rename: this one still reads the
 * file it was loaded from, whose disk space is freed when it is closed).
 */
export class FileBytes implements StreamedBytes {
  constructor(
    private readonly file: OpenFile,
    private readonly offset: number,
    readonly length: number,
  ) {}

  /** Bytes [start, end) of the section, in a new buffer. */
  read(start: number, end: number): Buffer {
    if (!(start >= 0 && end >= start && end <= this.length)) throw new RangeError(`bytes ${start}-${end} outside a section of ${this.length}`);
    const out = Buffer.allocUnsafe(end - start);
    this.file.read(out, this.offset + start);
    return out;
  }

  /** Bytes [start, end) in chunks of at most `size` bytes, in order, through one reused buffer. */
  *chunks(start = 0, end = this.length, size = READ_CHUNK): Generator<Buffer> {
    if (!(start >= 0 && end >= start && end <= this.length)) throw new RangeError(`bytes ${start}-${end} outside a section of ${this.length}`);
    const buffer = Buffer.allocUnsafeSlow(Math.max(1, Math.min(size, end - start)));
    for (let at = start; at < end; at += buffer.length) {
      const chunk = end - at < buffer.length ? buffer.subarray(0, end - at) : buffer;
      this.file.read(chunk, this.offset + at);
      yield chunk;
    }
  }
}

/**
 * Reads the sections of a loaded snapshot, each one once or more: every read goes to the file
 * (positioned reads; the file is not kept in memory), so a section is read where it is kept.
 */
export class SnapshotReader {
  private readonly entries = new Map<string, SectionEntry>();
  private handedOut = false;

  /** @internal use readSnapshotFile */
  constructor(
    private readonly file: OpenFile,
    header: SnapshotHeader<unknown>,
  ) {
    for (const entry of header.sections) this.entries.set(entry.name, entry);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  json<T>(name: string): T {
    const entry = this.entry(name, 'json');
    const bytes = Buffer.allocUnsafeSlow(entry.length);
    this.file.read(bytes, entry.offset);
    return JSON.parse(bytes.toString('utf8')) as T;
  }

  jsonArray<T>(name: string): T[] {
    const chunks = this.json<number>(`${name}#chunks`);
    if (!Number.isInteger(chunks) || chunks < 1) throw new SnapshotFileError(`section ${name}: bad chunk count`);
    const out: T[] = [];
    for (let i = 0; i < chunks; i++) for (const value of this.json<T[]>(`${name}#${i}`)) out.push(value);
    return out;
  }

  /** The section in an array of its own (read straight into it). */
  i32(name: string): Int32Array {
    const entry = this.entry(name, 'i32');
    if (entry.length % 4 !== 0) throw new SnapshotFileError(`section ${name}: ${entry.length} bytes is not a whole number of int32`);
    const out = new Int32Array(entry.length / 4);
    this.file.read(new Uint8Array(out.buffer), entry.offset);
    return out;
  }

  f64(name: string): Float64Array {
    const entry = this.entry(name, 'f64');
    if (entry.length % 8 !== 0) throw new SnapshotFileError(`section ${name}: ${entry.length} bytes is not a whole number of float64`);
    const out = new Float64Array(entry.length / 8);
    this.file.read(new Uint8Array(out.buffer), entry.offset);
    return out;
  }

  u8(name: string): Uint8Array {
    const entry = this.entry(name, 'u8');
    const out = new Uint8Array(entry.length);
    this.file.read(out, entry.offset);
    return out;
  }

  /** A raw-bytes section left on disk, read by range on demand (keeps the file open while it is referenced). */
  fileBytes(name: string): FileBytes {
    const entry = this.entry(name, 'u8');
    this.handedOut = true;
    return new FileBytes(this.file, entry.offset, entry.length);
  }

  /** Closes the file now if nothing reads from it later (no fileBytes handed out); else it closes once those are collected. */
  release(): void {
    if (!this.handedOut) this.file.close();
  }

  private entry(name: string, kind: SectionKind): SectionEntry {
    const entry = this.entries.get(name);
    if (!entry) throw new SnapshotFileError(`section ${name} is missing`);
    if (entry.kind !== kind) throw new SnapshotFileError(`section ${name} is ${entry.kind}, not ${kind}`);
    return entry;
  }
}

/** Writes `sections` under `meta` to `path`, atomically; returns the file's size in bytes. */
export function writeSnapshotFile(path: string, meta: unknown, sections: SnapshotSections): number {
  const { header, entries } = layOut(meta, sections);
  const temporary = temporaryPath(path);
  const fd = openSync(temporary, 'w', 0o600);
  let size = 0;
  try {
    for (const { bytes, position } of filePieces(header, entries, sections)) {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, position + written);
      size = position + bytes.length;
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietly(temporary);
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
  syncDirectory(path);
  return size;
}

/**
 * As writeSnapshotFile, with the writes and the fsync done on libuv's threads: the caller's event
 * loop answers other work meanwhile. `sections` must not change until the promise settles.
 */
export async function writeSnapshotFileAsync(path: string, meta: unknown, sections: SnapshotSections): Promise<number> {
  const { header, entries } = layOut(meta, sections);
  const temporary = temporaryPath(path);
  const file = await open(temporary, 'w', 0o600);
  let size = 0;
  try {
    for (const { bytes, position } of filePieces(header, entries, sections)) {
      let written = 0;
      while (written < bytes.length) written += (await file.write(bytes, written, bytes.length - written, position + written)).bytesWritten;
      size = position + bytes.length;
    }
    await file.sync();
  } catch (error) {
    await file.close();
    removeQuietly(temporary);
    throw error;
  }
  await file.close();
  await rename(temporary, path);
  syncDirectory(path);
  return size;
}

/** The header (with every section's offset, length and checksum) and its entries. */
function layOut(meta: unknown, sections: SnapshotSections): { header: Buffer; entries: SectionEntry[] } {
  const entries: SectionEntry[] = [];
  // The header's length depends on the offsets, which depend on the header's length: reserve room.
  let headerBytes = Buffer.from(JSON.stringify({ meta, sections: [] }), 'utf8').length + sections.parts.length * 160 + 64;
  for (;;) {
    entries.length = 0;
    let offset = align(12 + headerBytes);
    for (const part of sections.parts) {
      const length = 'bytes' in part ? part.bytes.length : part.stream.length;
      entries.push({ name: part.name, kind: part.kind, offset, length, crc: 'bytes' in part ? checksum(part.bytes) : checksumOf(part.stream.chunks()) });
      offset = align(offset + length);
    }
    const header = Buffer.from(JSON.stringify({ meta, sections: entries }), 'utf8');
    if (header.length <= headerBytes) return { header, entries };
    headerBytes = header.length + 1024;
  }
}

/** What the file holds, in order: the prefix, the header and every section's bytes, each with its position. */
function* filePieces(header: Buffer, entries: SectionEntry[], sections: SnapshotSections): Generator<{ bytes: Uint8Array; position: number }> {
  const prefix = Buffer.alloc(12);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(header.length, 8);
  yield { bytes: prefix, position: 0 };
  yield { bytes: header, position: 12 };
  for (const [i, part] of sections.parts.entries()) {
    let position = entries[i].offset;
    for (const bytes of 'bytes' in part ? [part.bytes] : part.stream.chunks()) {
      yield { bytes, position };
      position += bytes.length;
    }
    if (position !== entries[i].offset + entries[i].length) throw new Error(`section ${part.name}: ${position - entries[i].offset} bytes written, ${entries[i].length} announced`);
  }
}

function temporaryPath(path: string): string {
  return `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** Makes the rename durable; some file systems cannot fsync a directory (the rename is still atomic). */
function syncDirectory(path: string): void {
  try {
    const dir = openSync(dirname(path), 'r');
    fsyncSync(dir);
    closeSync(dir);
  } catch {
    // see above
  }
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

/**
 * The snapshot, every section's checksum verified (the file read in chunks through one small
 * buffer, not kept): sections are then read from the file as they are asked for.
 */
export function readSnapshotFile<M>(path: string): { header: SnapshotHeader<M>; reader: SnapshotReader; bytes: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new SnapshotFileError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let file: OpenFile;
  try {
    file = new OpenFile(fd, fstatSync(fd).size);
  } catch (error) {
    closeSync(fd);
    throw new SnapshotFileError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const prefix = Buffer.alloc(12);
    if (file.size < 12) throw new SnapshotFileError('not a snapshot file');
    file.read(prefix, 0);
    if (!prefix.subarray(0, 8).equals(MAGIC)) throw new SnapshotFileError('not a snapshot file');
    const length = prefix.readUInt32LE(8);
    if (12 + length > file.size) throw new SnapshotFileError('truncated header');
    const headerBytes = Buffer.allocUnsafe(length);
    file.read(headerBytes, 12);
    const header = parseHeader<M>(headerBytes);
    let largest = 0;
    for (const entry of header.sections) {
      if (!(Number.isInteger(entry.offset) && Number.isInteger(entry.length) && entry.offset >= 0 && entry.length >= 0)) throw new SnapshotFileError(`section ${entry.name} is malformed`);
      if (entry.offset + entry.length > file.size) throw new SnapshotFileError(`section ${entry.name} is truncated`);
      largest = Math.max(largest, entry.length);
    }
    const buffer = Buffer.allocUnsafeSlow(Math.max(1, Math.min(READ_CHUNK, largest)));
    for (const entry of header.sections) {
      if (checksumOf(chunksOf(file, entry.offset, entry.length, buffer)) !== entry.crc) throw new SnapshotFileError(`section ${entry.name} fails its checksum`);
    }
    return { header, reader: new SnapshotReader(file, header), bytes: file.size };
  } catch (error) {
    file.close();
    throw error;
  }
}

function* chunksOf(file: OpenFile, offset: number, length: number, buffer: Buffer): Generator<Buffer> {
  for (let at = 0; at < length; at += buffer.length) {
    const chunk = length - at < buffer.length ? buffer.subarray(0, length - at) : buffer;
    file.read(chunk, offset + at);
    yield chunk;
  }
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
const crc32 = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
function checksum(bytes: Uint8Array): string {
  return checksumOf([bytes]);
}

/** The checksum of the concatenated chunks (the same as of the bytes in one piece). */
function checksumOf(chunks: Iterable<Uint8Array>): string {
  if (crc32) {
    let value = 0;
    for (const chunk of chunks) value = crc32(chunk, value);
    return value.toString(16);
  }
  const hash = createHash('sha1');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}
