import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { InvalidInputError } from '../common/domain-errors';

/** How long the e-mail of an erased account cannot be used again (sign-up, invitation, import). */
export const ERASED_EMAIL_BLOCK_DAYS = 30;

/** What is kept of an erased account's e-mail: its SHA-256, lower-cased and trimmed, never the address. */
export function erasedEmailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** Blocks the e-mail for ERASED_EMAIL_BLOCK_DAYS (in the caller's transaction). */
export async function blockErasedEmail(db: EntityManager, email: string): Promise<Date> {
  const [row] = await db.query(
    `INSERT INTO erased_emails (email_sha256, blocked_until) VALUES ($1, now() + make_interval(days => $2))
     ON CONFLICT (email_sha256) DO UPDATE SET blocked_until = EXCLUDED.blocked_until
     RETURNING blocked_until AS "blockedUntil"`,
    [erasedEmailKey(email), ERASED_EMAIL_BLOCK_DAYS],
  );
  return row.blockedUntil;
}

/** Until when each of these e-mails is blocked (only the blocked ones, keyed by the lower-cased e-mail). Expired blocks are forgotten. */
export async function erasedEmailBlocks(db: EntityManager, emails: string[]): Promise<Map<string, Date>> {
  if (!emails.length) return new Map();
  await db.query('DELETE FROM erased_emails WHERE blocked_until <= now()');
  const keys = new Map(emails.map((email) => [erasedEmailKey(email), email.trim().toLowerCase()]));
  const rows: { key: string; blockedUntil: Date }[] = await db.query(
    'SELECT email_sha256 AS key, blocked_until AS "blockedUntil" FROM erased_emails WHERE email_sha256 = ANY($1)',
    [[...keys.keys()]],
  );
  return new Map(rows.map((row) => [keys.get(row.key)!, row.blockedUntil]));
}

/** The field error for an e-mail of an account erased less than 30 days ago, or nothing. */
export async function assertEmailNotRecentlyErased(db: EntityManager, email: string, field = 'email'): Promise<void> {
  const until = (await erasedEmailBlocks(db, [email])).get(email.trim().toLowerCase());
  if (until) throw InvalidInputError.field(field, 'emailRecentlyErased', { date: until.toISOString().slice(0, 10) });
}
