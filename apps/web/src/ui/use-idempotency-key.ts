import { useState } from 'react';

/**
 * Keys for a create mutation the person may send again after a network error: the same content
 * from the same form gets the same key (the API then answers with what the first attempt
 * created), changed content a new one.
 */
export function useIdempotencyKey(): (content: unknown) => string {
  const [formNonce] = useState(randomHex);
  return (content) => `${formNonce}-${fnv1a(JSON.stringify(content))}`;
}

/** getRandomValues, unlike randomUUID, also exists on plain-http pages (a LAN address). */
function randomHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A short, stable digest of the content (not a secret: it only tells contents apart). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
