import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { MatcherProvider } from '../matching/matcher.provider';
import { Role, STAFF_ROLES } from '../members/member.enums';
import { isUniqueViolation } from '../database/unique-violation';
import { blockErasedEmail } from './erased-emails';
import { AccountDeletionRequest, PersonalDataExport, PersonalDataRequestStatus } from './privacy.model';

/** What an erased account's name becomes wherever it appeared. */
export const FORMER_MEMBER = 'Ancien membre';
/** What an erased account's e-mail becomes where it appeared in text (its own row gets a unique one). */
export const ERASED_EMAIL_TEXT = 'adresse-effacee@erased.invalid';
/** What their free texts (messages, notes) become where others' records quoted them. */
export const ERASED_TEXT = '[texte effacé]';

interface RequestRow {
  id: string;
  status: PersonalDataRequestStatus;
  note: string | null;
  requestedAt: Date;
  handledAt: Date | null;
  userId: string;
  fullName: string;
  email: string;
  role: AccountDeletionRequest['person']['role'];
  organisationName: string | null;
}

const REQUEST_SELECT = `
  SELECT r.id, r.status, r.note, r.requested_at AS "requestedAt", r.handled_at AS "handledAt",
         u.id AS "userId", u.full_name AS "fullName", u.email, u.role, o.name AS "organisationName"
  FROM personal_data_requests r JOIN users u ON u.id = r.user_id LEFT JOIN organisations o ON o.id = u.organisation_id`;

const toRequest = (row: RequestRow): AccountDeletionRequest => ({
  id: row.id,
  status: row.status,
  note: row.note,
  requestedAt: row.requestedAt,
  handledAt: row.handledAt,
  person: { id: row.userId, fullName: row.fullName, email: row.email, role: row.role, organisationName: row.organisationName },
});

/**
 * People's rights over their personal data (Moroccan Law 09-08): access (a JSON export of all
 * that concerns them), and deletion (asked by the person, carried out by staff: personal fields
 * erased, authored records kept but anonymised, e-mail blocked for 30 days, search documents
 * and matcher entries removed, sessions revoked, and an audit entry that keeps nothing erased).
 */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly modules: ModuleRef,
  ) {}

  /** The viewer's own data. */
  async exportMine(viewer: Viewer): Promise<PersonalDataExport> {
    return this.db.transaction(async (db) => {
      const document = await personalData(db, viewer.id);
      await this.audit.record(db, { actorId: viewer.id, action: 'PERSONAL_DATA_EXPORTED', subjectType: 'USER', subjectId: viewer.id });
      return document;
    });
  }

  /** Staff: the data of a person whose deletion request is pending (to check it, or send it to them). */
  async exportForRequest(viewer: Viewer, requestId: string): Promise<PersonalDataExport> {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    return this.db.transaction(async (db) => {
      const request = await this.pendingRequest(db, requestId);
      const document = await personalData(db, request.userId);
      await this.audit.record(db, { actorId: viewer.id, action: 'PERSONAL_DATA_EXPORTED', subjectType: 'USER', subjectId: request.userId, details: { requestId } });
      return document;
    });
  }

  async myDeletionRequest(viewer: Viewer): Promise<AccountDeletionRequest | null> {
    const [row] = await this.db.query(`${REQUEST_SELECT} WHERE r.user_id = $1 AND r.status = 'PENDING'`, [viewer.id]);
    return row ? toRequest(row) : null;
  }

  async requestDeletion(viewer: Viewer, note: string | null): Promise<AccountDeletionRequest> {
    try {
      return await this.db.transaction(async (db) => {
        const [{ id }] = await db.query(
          `INSERT INTO personal_data_requests (user_id, kind, status, note) VALUES ($1, 'DELETION', 'PENDING', $2) RETURNING id`,
          [viewer.id, note?.trim() || null],
        );
        await this.audit.record(db, { actorId: viewer.id, action: 'ACCOUNT_DELETION_REQUESTED', subjectType: 'USER', subjectId: viewer.id, details: { requestId: id } });
        const [row] = await db.query(`${REQUEST_SELECT} WHERE r.id = $1`, [id]);
        return toRequest(row);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('deletionAlreadyRequested');
      throw error;
    }
  }

  async cancelDeletion(viewer: Viewer): Promise<AccountDeletionRequest> {
    return this.db.transaction(async (db) => {
      const [rows] = await db.query(
        `UPDATE personal_data_requests SET status = 'CANCELLED', handled_at = now(), handled_by = $1
         WHERE user_id = $1 AND status = 'PENDING' RETURNING id`,
        [viewer.id],
      );
      const id = rows[0]?.id;
      if (!id) throw new ConflictError('deletionRequestNotPending');
      await this.audit.record(db, { actorId: viewer.id, action: 'ACCOUNT_DELETION_CANCELLED', subjectType: 'USER', subjectId: viewer.id, details: { requestId: id } });
      const [row] = await db.query(`${REQUEST_SELECT} WHERE r.id = $1`, [id]);
      return toRequest(row);
    });
  }

  async requests(viewer: Viewer, status: PersonalDataRequestStatus): Promise<AccountDeletionRequest[]> {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    const rows: RequestRow[] = await this.db.query(`${REQUEST_SELECT} WHERE r.status = $1 ORDER BY r.requested_at, r.id LIMIT 500`, [status]);
    return rows.map(toRequest);
  }

  /** Staff: erases the account of a pending request. */
  async carryOut(viewer: Viewer, requestId: string): Promise<AccountDeletionRequest> {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    const unusableHash = await hash(randomBytes(32).toString('base64url'));
    const { request, profileId } = await this.db.transaction(async (db) => {
      const request = await this.pendingRequest(db, requestId, true);
      if (request.userId === viewer.id) throw new ForbiddenError('deletionOwnAccount');
      // Like their roles, the accounts of the cluster's staff are the admins' to erase.
      if (STAFF_ROLES.includes(request.role) && viewer.role !== Role.ADMIN) throw new ForbiddenError('forbiddenRole', { roles: 'ADMIN' });
      const profileId = await erase(db, request.userId, unusableHash);
      await db.query(
        `UPDATE personal_data_requests SET status = 'DONE', handled_at = now(), handled_by = $2, note = NULL WHERE id = $1`,
        [requestId, viewer.id],
      );
      // That it happened, by whom, on which request: nothing of what was erased.
      await this.audit.record(db, { actorId: viewer.id, action: 'ACCOUNT_ERASED', subjectType: 'USER', subjectId: request.userId, details: { requestId, role: request.role } });
      const [row] = await db.query(`${REQUEST_SELECT} WHERE r.id = $1`, [requestId]);
      return { request: toRequest(row), profileId };
    });
    if (profileId) await this.modules.get(MatcherProvider, { strict: false }).forget(profileId);
    return request;
  }

  private async pendingRequest(db: EntityManager, requestId: string, lock = false): Promise<RequestRow> {
    const [row]: RequestRow[] = await db.query(`${REQUEST_SELECT} WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`, [requestId]);
    if (!row) throw new NotFoundError('AccountDeletionRequest', requestId);
    if (row.status !== PersonalDataRequestStatus.PENDING) throw new ConflictError('deletionRequestNotPending');
    return row;
  }
}

/** The JSON export: the account, profile, needs written, matches and answers, interests, notifications, sessions, audit entries about them. */
async function personalData(db: EntityManager, userId: string): Promise<PersonalDataExport> {
  const one = async (sql: string) => ((await db.query(sql, [userId])) as { j: unknown }[])[0]?.j ?? null;
  const many = async (sql: string) => ((await db.query(`SELECT coalesce(json_agg(x), '[]'::json) AS j FROM (${sql}) x`, [userId])) as { j: unknown[] }[])[0].j;
  const account = (await one(`
    SELECT json_build_object('id', u.id, 'email', u.email, 'fullName', u.full_name, 'phone', u.phone, 'role', u.role,
      'status', u.status, 'preferredLanguage', u.preferred_language, 'createdAt', u.created_at, 'lastLoginAt', u.last_login_at,
      'organisation', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END) AS j
    FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`)) as { email: string } | null;
  if (!account) throw new NotFoundError('User', userId);
  const generatedAt = new Date();
  const document = {
    about: 'Passerelle — personal data export (Moroccan Law 09-08, right of access)',
    generatedAt: generatedAt.toISOString(),
    account,
    researcherProfile: await one(`
      SELECT json_build_object('id', id, 'headline', headline, 'expertise', expertise, 'keywords', keywords, 'techniques', techniques,
        'equipment', equipment, 'publications', publications, 'languages', languages, 'availability', availability,
        'trlMin', trl_min, 'trlMax', trl_max, 'archivedAt', archived_at, 'createdAt', created_at, 'updatedAt', updated_at) AS j
      FROM researcher_profiles WHERE user_id = $1`),
    needs: await many(`
      SELECT id, title, description, language, sector, keywords, trl_current AS "trlCurrent", trl_target AS "trlTarget",
        budget_min_mad AS "budgetMinMad", budget_max_mad AS "budgetMaxMad", deadline, visibility, anonymous, status,
        archived_at AS "archivedAt", created_at AS "createdAt", updated_at AS "updatedAt"
      FROM needs WHERE author_id = $1 ORDER BY created_at`),
    matches: await many(`
      SELECT m.id, m.status, m.need_id AS "needId", n.title AS "needTitle", 'INDUSTRIAL' AS side,
        m.industrial_answer AS answer, m.industrial_reason AS reason, m.industrial_note AS note, m.industrial_answered_at AS "answeredAt",
        m.created_at AS "createdAt", m.updated_at AS "updatedAt"
      FROM matches m JOIN needs n ON n.id = m.need_id WHERE n.author_id = $1
      UNION ALL
      SELECT m.id, m.status, m.need_id, n.title, 'RESEARCHER',
        m.researcher_answer, m.researcher_reason, m.researcher_note, m.researcher_answered_at, m.created_at, m.updated_at
      FROM matches m JOIN needs n ON n.id = m.need_id JOIN researcher_profiles p ON p.id = m.researcher_profile_id WHERE p.user_id = $1
      ORDER BY "createdAt"`),
    matchEvents: await many(`
      SELECT id, match_id AS "matchId", event, from_status AS "fromStatus", to_status AS "toStatus", note, created_at AS "createdAt"
      FROM match_events WHERE actor_id = $1 ORDER BY created_at`),
    interests: await many(`
      SELECT i.id, i.need_id AS "needId", n.title AS "needTitle", i.message, i.status, i.created_at AS "createdAt"
      FROM need_interests i JOIN researcher_profiles p ON p.id = i.researcher_profile_id JOIN needs n ON n.id = i.need_id
      WHERE p.user_id = $1 ORDER BY i.created_at`),
    notifications: await many(`
      SELECT id, kind, params, match_id AS "matchId", need_id AS "needId", created_at AS "createdAt", read_at AS "readAt"
      FROM notifications WHERE user_id = $1 ORDER BY created_at`),
    sessions: await many(`
      SELECT created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt" FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at`),
    signIns: (await db.query(
      `SELECT coalesce(json_agg(x), '[]'::json) AS j FROM (
         SELECT ip, succeeded, created_at AS "at" FROM login_attempts WHERE lower(email) = lower($1) ORDER BY created_at DESC LIMIT 200) x`,
      [account.email],
    ))[0].j,
    auditEntries: await many(`
      SELECT id, at, action, subject_type AS "subjectType", subject_id AS "subjectId", details,
        CASE WHEN actor_id = $1 THEN 'you' WHEN actor_id IS NULL THEN 'system' ELSE 'staff' END AS actor
      FROM audit_entries WHERE subject_id = $1 ORDER BY at`),
    requests: await many(`
      SELECT id, kind, status, note, requested_at AS "requestedAt", handled_at AS "handledAt" FROM personal_data_requests WHERE user_id = $1 ORDER BY requested_at`),
  };
  return { fileName: `passerelle-personal-data-${generatedAt.toISOString().slice(0, 10)}.json`, json: JSON.stringify(document, null, 2), generatedAt };
}

/**
 * Erases a person's personal data in the caller's transaction; returns their profile id, if any.
 * Their own rows first (a unique placeholder e-mail, "Ancien membre", no phone, an unusable
 * password, suspended; profile emptied and archived; their free texts emptied; their
 * notifications, tokens, sign-in attempts and idempotency keys deleted), then every other text
 * or JSON column where their name or e-mail still appears (notifications to others, audit
 * details, e-mails queued…). Needs and matches stay (the cluster's history and KPIs), attributed
 * to "Ancien membre". Search documents follow through the outbox.
 */
async function erase(db: EntityManager, userId: string, unusableHash: string): Promise<string | null> {
  const [user]: { email: string; fullName: string; phone: string | null }[] = await db.query(
    `SELECT email, full_name AS "fullName", phone FROM users WHERE id = $1 FOR UPDATE`,
    [userId],
  );
  if (!user) throw new NotFoundError('User', userId);
  const [profile]: { id: string }[] = await db.query('SELECT id FROM researcher_profiles WHERE user_id = $1', [userId]);
  const needIds: string[] = (await db.query('SELECT id FROM needs WHERE author_id = $1', [userId])).map((r: { id: string }) => r.id);
  // Free texts they wrote, which notifications and e-mails to others may have quoted.
  const texts: string[] = (
    await db.query(
      `SELECT message AS t FROM need_interests WHERE researcher_profile_id = $2
       UNION SELECT researcher_note FROM matches WHERE researcher_profile_id = $2
       UNION SELECT industrial_note FROM matches WHERE need_id IN (SELECT id FROM needs WHERE author_id = $1)
       UNION SELECT note FROM match_events WHERE actor_id = $1
       UNION SELECT headline FROM researcher_profiles WHERE id = $2
       UNION SELECT expertise FROM researcher_profiles WHERE id = $2`,
      [userId, profile?.id ?? null],
    )
  )
    .map((r: { t: string | null }) => r.t?.trim() ?? '')
    .filter((t: string) => t.length >= 8);
  const phoneIsTheirsAlone = user.phone
    ? Number((await db.query('SELECT count(*)::int AS n FROM users WHERE phone = $1 AND id <> $2', [user.phone, userId]))[0].n) === 0
    : false;

  await db.query(
    `UPDATE users SET email = $2, full_name = $3, phone = NULL, password_hash = $4, status = 'SUSPENDED', last_login_at = NULL, updated_at = now()
     WHERE id = $1`,
    [userId, `erased-${userId}@erased.invalid`, FORMER_MEMBER, unusableHash],
  );
  if (profile) {
    await db.query(
      `UPDATE researcher_profiles SET headline = '', expertise = '', keywords = '{}', techniques = '{}', equipment = '{}', publications = '[]',
         archived_at = coalesce(archived_at, now()), updated_at = now() WHERE id = $1`,
      [profile.id],
    );
    await db.query(`UPDATE need_interests SET message = '' WHERE researcher_profile_id = $1`, [profile.id]);
    await db.query(`UPDATE matches SET researcher_note = NULL WHERE researcher_profile_id = $1`, [profile.id]);
  }
  if (needIds.length) await db.query(`UPDATE matches SET industrial_note = NULL WHERE need_id = ANY($1)`, [needIds]);
  await db.query(`UPDATE match_events SET note = NULL WHERE actor_id = $1`, [userId]);
  await db.query('DELETE FROM notifications WHERE user_id = $1', [userId]);
  await db.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  await db.query('DELETE FROM account_tokens WHERE user_id = $1', [userId]);
  await db.query('DELETE FROM login_attempts WHERE lower(email) = lower($1)', [user.email]);
  if ((await db.query(`SELECT to_regclass('public.idempotency_keys') AS t`))[0].t) {
    await db.query('DELETE FROM idempotency_keys WHERE owner_id = $1', [userId]);
  }
  await db.query(`UPDATE personal_data_requests SET note = NULL WHERE user_id = $1`, [userId]);
  await blockErasedEmail(db, user.email);

  const replacements: [string, string][] = [[user.email, ERASED_EMAIL_TEXT]];
  if (user.fullName.trim().length >= 3) replacements.push([user.fullName.trim(), FORMER_MEMBER]);
  if (user.phone && phoneIsTheirsAlone && user.phone.replace(/\D/g, '').length >= 6) replacements.push([user.phone, '']);
  // Longest first, so a text that contains the name is replaced whole.
  replacements.unshift(...texts.sort((a, b) => b.length - a.length).map((text): [string, string] => [text, ERASED_TEXT]));
  await scrubEverywhere(db, replacements);

  const outbox: [string, string][] = [['user', userId], ...needIds.map((id): [string, string] => ['need', id]), ...(profile ? [['researcher', profile.id] as [string, string]] : [])];
  for (const [type, id] of outbox) await db.query('INSERT INTO search_outbox (entity_type, entity_id) VALUES ($1, $2)', [type, id]);
  return profile?.id ?? null;
}

/** Other people's own account fields stay theirs (a namesake keeps their name); an organisation keeps its name. */
const NOT_SCRUBBED = new Set(['users.*', 'organisations.name', 'migrations.*', 'erased_emails.*']);

/** Replaces each value (case-insensitively) in every text, varchar, json(b) and text-array column of the public schema. */
async function scrubEverywhere(db: EntityManager, replacements: [string, string][]): Promise<void> {
  const columns: { table: string; column: string; type: string; udt: string }[] = await db.query(`
    SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS type, c.udt_name AS udt
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = 'public' AND c.is_generated = 'NEVER'
      AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb') OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))`);
  const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const { table, column, type, udt } of columns) {
    if (NOT_SCRUBBED.has(`${table}.*`) || NOT_SCRUBBED.has(`${table}.${column}`)) continue;
    const json = type === 'json' || type === 'jsonb';
    const array = type === 'ARRAY';
    // In JSON the values are stored escaped; in an array literal, values with spaces are quoted but not escaped.
    const inColumn = (text: string) => (json ? JSON.stringify(text).slice(1, -1) : text);
    const patterns = replacements.map(([value]) => escape(inColumn(value)));
    const col = quote(column);
    const asText = json || array ? `${col}::text` : col;
    const back = json ? `::${type}` : array ? `::${udt === '_varchar' ? 'varchar[]' : 'text[]'}` : '';
    // One pass per column: the rows holding any of the values, each replaced in turn (longest texts first).
    let expression = asText;
    const params: string[] = [patterns.join('|')];
    replacements.forEach(([, replacement], i) => {
      params.push(patterns[i], inColumn(replacement).replace(/\\/g, '\\\\'));
      expression = `regexp_replace(${expression}, $${params.length - 1}, $${params.length}, 'gi')`;
    });
    await db.query(`UPDATE public.${quote(table)} SET ${col} = ${expression}${back} WHERE ${asText} ~* $1`, params);
  }
}
