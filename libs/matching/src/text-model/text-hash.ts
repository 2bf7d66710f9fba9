/** A 52-bit hash of a text: whether a stored analysis is still current. */
export function textHash(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 5381;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = (Math.imul(h2, 33) + c) | 0;
  }
  return (h1 >>> 0) * 2 ** 20 + ((h2 >>> 0) & 0xfffff);
}
