import { useSyncExternalStore } from 'react';

/** The tokens of the signed-in user, kept in localStorage so a reload keeps the session. */
export interface Session {
  accessToken: string;
  refreshToken: string;
}

/** Why the last session ended, so the sign-in page can say so. */
export type SessionEnd = 'signed-out' | 'expired';

const STORAGE_KEY = 'passerelle.session';
const listeners = new Set<() => void>();
let session: Session | null = readStoredSession();
let lastEnd: SessionEnd | null = null;

function readStoredSession(): Session | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const { accessToken, refreshToken } = value as Record<string, unknown>;
  return typeof accessToken === 'string' && typeof refreshToken === 'string';
}

function emit(): void {
  listeners.forEach((listener) => listener());
}

export function getSession(): Session | null {
  return session;
}

export function getLastSessionEnd(): SessionEnd | null {
  return lastEnd;
}

/** After sign-in or a token refresh. */
export function saveSession(tokens: Session): void {
  session = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
  lastEnd = null;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // storage disabled: the session lasts until the page is reloaded
  }
  emit();
}

export function endSession(reason: SessionEnd): void {
  if (!session) return;
  session = null;
  lastEnd = reason;
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
  emit();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current session, re-rendering on sign-in, refresh and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

// Signing in or out in another tab applies here too.
window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return;
  const stored = readStoredSession();
  if (stored?.accessToken === session?.accessToken) return;
  if (!stored && session) lastEnd = 'signed-out';
  session = stored;
  emit();
});
