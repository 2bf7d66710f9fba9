import { useEffect, useState } from 'react';

/** Why a person is sent to the sign-in page after an account action. */
export type SignInNotice = 'passwordReset' | 'signedOutEverywhere';

let pending: SignInNotice | null = null;

/** Leaves a notice for the next sign-in page (not kept across a reload: it is only a courtesy). */
export function leaveSignInNotice(notice: SignInNotice): void {
  pending = notice;
}

/** The notice left for this visit of the sign-in page, shown once. */
export function useSignInNotice(): SignInNotice | null {
  const [notice] = useState(() => pending);
  useEffect(() => {
    pending = null;
  }, []);
  return notice;
}
