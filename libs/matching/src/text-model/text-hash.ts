/** A 52-bit hash of a text: whether a stored analysis is still current. */
export function textHash(text: string): number {
  return joinedTextHash([text], '');
}

const encoder = new TextEncoder();
let bytes = new Uint8Array(4096);

/**
 * A 52-bit hash of parts.join(separator) (two running hashes, FNV-1a and djb2, over its UTF-8
 * bytes), without building the joined string. The text is encoded natively first: a charCodeAt
 * loop slows down several-fold once it has met concatenated or sliced strings.
 */
export function joinedTextHash(parts: readonly string[], separator: string): number {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 5381;
  for (let p = 0; p < parts.length; p++) {
    const text = p > 0 ? separator + parts[p] : parts[p];
    if (bytes.length < text.length * 3) bytes = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, bytes);
    for (let i = 0; i < written; i++) {
      const c = bytes[i];
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = (Math.imul(h2, 33) + c) | 0;
    }
  }
  return (h1 >>> 0) * 2 ** 20 + ((h2 >>> 0) & 0xfffff);
}
