import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSnapshotFile, SnapshotSections, writeSnapshotFile, writeSnapshotFileAsync } from './snapshot-file';

describe('snapshot files', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'snapshot-file-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) % 256);

  function sample(): SnapshotSections {
    const sections = new SnapshotSections();
    sections.json('meta', { a: 1, text: 'زيت الأركان — huile' });
    sections.jsonArray('ids', Array.from({ length: 12_001 }, (_, i) => `id-${i}`));
    sections.i32('ints', Int32Array.from([1, -2, 3, 2 ** 31 - 1]));
    sections.f64('floats', Float64Array.from([0.5, -1e300, Math.PI]));
    sections.u8('raw', bytes(10_000));
    sections.u8('empty', new Uint8Array(0));
    return sections;
  }

  it('reads every section back as written, each from the file into an array of its own', () => {
    const path = join(dir, 'a.snap');
    writeSnapshotFile(path, { kind: 'test' }, sample());
    const { header, reader } = readSnapshotFile<{ kind: string }>(path);
    expect(header.meta).toEqual({ kind: 'test' });
    expect(reader.json('meta')).toEqual({ a: 1, text: 'زيت الأركان — huile' });
    expect(reader.jsonArray<string>('ids')).toEqual(Array.from({ length: 12_001 }, (_, i) => `id-${i}`));
    expect([...reader.i32('ints')]).toEqual([1, -2, 3, 2 ** 31 - 1]);
        expect([...reader.f64('floats')]).toEqual([0.5, -1e300, Math.PI]);
    expect(reader.u8('raw')).toEqual(bytes(10_000));
    expect(new Uint8Array(reader.fileBytes('raw').read(0, 10_000))).toEqual(bytes(10_000));
    expect(reader.u8('empty').length).toBe(0);
    // Two reads are two arrays: writing to one leaves the other (and the file) as they were.
    const first = reader.i32('ints');
    first[0] = 99;
    expect(reader.i32('ints')[0]).toBe(1);
    expect(() => reader.i32('floats')).toThrow(/is f64, not i32/);
    expect(() => reader.json('missing')).toThrow(/missing/);
  });

  it('leaves a raw section on disk and reads it by range or in chunks', () => {
    const path = join(dir, 'a.snap');
    writeSnapshotFile(path, {}, sample());
    const { reader } = readSnapshotFile(path);
    const raw = reader.fileBytes('raw');
    expect(raw.length).toBe(10_000);
    expect(new Uint8Array(raw.read(1234, 5678))).toEqual(bytes(10_000).subarray(1234, 5678));
    expect(raw.read(10_000, 10_000).length).toBe(0);
    expect(() => raw.read(9_000, 10_001)).toThrow(RangeError);
    const pieces: Buffer[] = [];
    for (const chunk of raw.chunks(100, 9_999, 333)) pieces.push(Buffer.from(chunk)); // the chunk buffer is reused
    expect(pieces.every((piece) => piece.length <= 333)).toBe(true);
    expect(new Uint8Array(Buffer.concat(pieces))).toEqual(bytes(10_000).subarray(100, 9_999));
    // Released while a range is handed out: the file stays open for it.
    reader.release();
    expect(raw.read(0, 3).length).toBe(3);
  });

  it('closes the file at release when nothing reads from it later', () => {
    const path = join(dir, 'a.snap');
    writeSnapshotFile(path, {}, sample());
    const { reader } = readSnapshotFile(path);
    expect(reader.i32('ints').length).toBe(4);
    reader.release();
    expect(() => reader.i32('ints')).toThrow(/closed/);
  });

  it('writes a streamed section exactly as the same bytes given whole (same file, same checksum)', () => {
    const data = bytes(50_000);
    const whole = new SnapshotSections();
    whole.u8('raw', data);
    const streamed = new SnapshotSections();
    streamed.u8Stream('raw', {
      length: data.length,
      *chunks() {
        for (let at = 0; at < data.length; at += 4096) yield data.subarray(at, at + 4096);
      },
    });
    writeSnapshotFile(join(dir, 'whole.snap'), { m: 1 }, whole);
    writeSnapshotFile(join(dir, 'streamed.snap'), { m: 1 }, streamed);
    expect(readFileSync(join(dir, 'streamed.snap')).equals(readFileSync(join(dir, 'whole.snap')))).toBe(true);
    expect(readSnapshotFile(join(dir, 'streamed.snap')).reader.u8('raw')).toEqual(data);
  });

  it('writes the same file off the event loop (writeSnapshotFileAsync), streamed sections included', async () => {
    const streamedSample = () => {
      const sections = sample();
      const data = bytes(50_000);
      sections.u8Stream('streamed', {
        length: data.length,
        *chunks() {
          const buffer = new Uint8Array(4096); // reused, as a snapshot's reader does
          for (let at = 0; at < data.length; at += 4096) {
            const chunk = data.subarray(at, at + 4096);
            buffer.set(chunk);
            yield buffer.subarray(0, chunk.length);
          }
        },
      });
      return sections;
    };
    writeSnapshotFile(join(dir, 'sync.snap'), { m: 1 }, streamedSample());
    const size = await writeSnapshotFileAsync(join(dir, 'async.snap'), { m: 1 }, streamedSample());
    const written = readFileSync(join(dir, 'async.snap'));
    expect(size).toBe(written.length);
    expect(written.equals(readFileSync(join(dir, 'sync.snap')))).toBe(true);
    expect(readSnapshotFile(join(dir, 'async.snap')).reader.u8('streamed')).toEqual(bytes(50_000));
  });

  it('refuses a stream that gives other than the length it announced, leaving no file behind', async () => {
    const sections = new SnapshotSections();
    sections.u8Stream('raw', { length: 10, chunks: () => [new Uint8Array(9)] });
    expect(() => writeSnapshotFile(join(dir, 'short.snap'), {}, sections)).toThrow(/9 bytes written, 10 announced/);
    await expect(writeSnapshotFileAsync(join(dir, 'short.snap'), {}, sections)).rejects.toThrow(/9 bytes written, 10 announced/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses damaged, truncated and foreign files', () => {
    const path = join(dir, 'a.snap');
    writeSnapshotFile(path, {}, sample());
    const file = readFileSync(path);
    const damaged = Buffer.from(file);
    damaged[damaged.length - 5] ^= 0xff; // inside the last section
    writeFileSync(join(dir, 'damaged.snap'), damaged);
    expect(() => readSnapshotFile(join(dir, 'damaged.snap'))).toThrow(/fails its checksum/);
    writeFileSync(join(dir, 'truncated.snap'), file);
    truncateSync(join(dir, 'truncated.snap'), file.length - 100);
    expect(() => readSnapshotFile(join(dir, 'truncated.snap'))).toThrow(/truncated/);
    writeFileSync(join(dir, 'foreign.snap'), 'not a snapshot at all');
    expect(() => readSnapshotFile(join(dir, 'foreign.snap'))).toThrow(/not a snapshot file/);
    expect(() => readSnapshotFile(join(dir, 'missing.snap'))).toThrow(/cannot read/);
  });
});
