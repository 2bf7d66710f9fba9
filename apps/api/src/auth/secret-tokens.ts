import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters that fit in a URL as they are. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token: its SHA-256, hex. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** The shape of newSecretToken(); anything else is refused before any look-up. */
export const SECRET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
