import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MatchSide } from '../brokering/brokering.enums';
import { PipelineFilter } from '../brokering/dto/pipeline-filter.input';
import { assertStaff, pipelineQuery } from '../brokering/brokering.service';
import { InvalidInputError } from '../common/domain-errors';
import { Language } from '../common/i18n-messages';
import { Viewer } from '../common/viewer';
import { EventFiguresService, totalFigures } from '../events/event-figures';
import { Sector } from '../members/member.enums';
import { Cell, toCsv } from './csv';
import { ColumnSpec, csvColumns } from './csv-columns';
import { ANSWER, DECLINE_REASON, EVENT_STATUS, LANGUAGE, MATCH_STATUS, NEED_STATUS, ORIGIN, OUTCOME, SECTOR, VISIBILITY, YES_NO } from './csv-labels';
import { KpiFilter } from './dto/kpi-filter.input';
import { CsvFile, DeclineFeedback, DeclineReasonCount, EventsKpis, KpiFigures, Kpis, MonthKpis, SectorKpis } from './kpis.model';

interface Period {
  from: string;
  /** Exclusive: the day after the last one counted. */
  until: string;
  to: string;
}

const MAX_EXPORT_ROWS = 50_000;

/**
 * The columns of the exports, as the queries below name them. Codes and UTC instants keep their
 * own columns for machines; each has a `<key>_label` twin in the reader's language.
 */
const MATCH_COLUMNS: ColumnSpec[] = [
  { key: 'id', kind: 'text' },
  { key: 'need', kind: 'text' },
  { key: 'sector', kind: 'code', labels: SECTOR },
  { key: 'organisation', kind: 'text' },
  { key: 'researcher', kind: 'text' },
  { key: 'lab', kind: 'text' },
  { key: 'status', kind: 'code', labels: MATCH_STATUS },
  { key: 'origin', kind: 'code', labels: ORIGIN },
  { key: 'score', kind: 'text' },
  { key: 'owner', kind: 'text' },
  { key: 'industrial_answer', kind: 'code', labels: ANSWER },
  { key: 'industrial_reason', kind: 'code', labels: DECLINE_REASON },
  { key: 'researcher_answer', kind: 'code', labels: ANSWER },
  { key: 'researcher_reason', kind: 'code', labels: DECLINE_REASON },
  { key: 'created_at', kind: 'timestamp' },
  { key: 'proposed_at', kind: 'timestamp' },
  { key: 'introduced_at', kind: 'timestamp' },
  { key: 'collaboration_started_at', kind: 'timestamp' },
  { key: 'closed_at', kind: 'timestamp' },
  { key: 'outcome', kind: 'code', labels: OUTCOME },
  { key: 'collaboration', kind: 'text' },
];
const NEED_COLUMNS: ColumnSpec[] = [
  { key: 'id', kind: 'text' },
  { key: 'title', kind: 'text' },
  { key: 'organisation', kind: 'text' },
  { key: 'sector', kind: 'code', labels: SECTOR },
  { key: 'language', kind: 'code', labels: LANGUAGE },
  { key: 'status', kind: 'code', labels: NEED_STATUS },
  { key: 'visibility', kind: 'code', labels: VISIBILITY },
  { key: 'anonymous', kind: 'code', labels: YES_NO },
  { key: 'trl_current', kind: 'text' },
  { key: 'trl_target', kind: 'text' },
  { key: 'budget_min_mad', kind: 'text' },
  { key: 'budget_max_mad', kind: 'text' },
  { key: 'deadline', kind: 'text' },
  { key: 'created_at', kind: 'timestamp' },
  { key: 'archived_at', kind: 'timestamp' },
  { key: 'matches', kind: 'text' },
  { key: 'proposed', kind: 'text' },
  { key: 'introduced', kind: 'text' },
  { key: 'collaborations', kind: 'text' },
];
const EVENT_COLUMNS: ColumnSpec[] = [
  { key: 'id', kind: 'text' },
  { key: 'event', kind: 'text' },
  { key: 'starts_on', kind: 'text' },
  { key: 'ends_on', kind: 'text' },
  { key: 'status', kind: 'code', labels: EVENT_STATUS },
  ...['registrations', 'requests', 'accepted', 'declined', 'expired', 'scheduled', 'held', 'no_shows', 'matches', 'collaborations'].map((key): ColumnSpec => ({ key, kind: 'text' })),
];

/** Both sides' answers as rows, so declines can be counted per side. */
const ANSWERS = `
  SELECT m.id AS match_id, m.need_id, m.researcher_profile_id, n.sector, 'INDUSTRIAL' AS side,
         m.industrial_answer AS answer, m.industrial_reason AS reason, m.industrial_note AS note, m.industrial_answered_at AS answered_at
    FROM matches m JOIN needs n ON n.id = m.need_id
  UNION ALL
  SELECT m.id, m.need_id, m.researcher_profile_id, n.sector, 'RESEARCHER',
         m.researcher_answer, m.researcher_reason, m.researcher_note, m.researcher_answered_at
    FROM matches m JOIN needs n ON n.id = m.need_id`;

/** The cluster's figures for its partners and funders, and the staff's exports. Days are UTC days. */
@Injectable()
export class AnalyticsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly eventFigures: EventFiguresService,
  ) {}

  async kpis(viewer: Viewer, filter: KpiFilter = {}): Promise<Kpis> {
    const period = periodOf(filter);
    const sector = filter.sector ?? null;
    const [{ total, bySector }, declineReasons, byMonth] = await Promise.all([
      this.figures(period, sector),
      this.declineReasons(period, sector),
      this.byMonth(period, sector),
    ]);
    return { from: period.from, to: period.to, ...total, declineReasons, byMonth, bySector };
  }

  /** Why proposals were declined, for one need or one researcher (or overall), by reason. */
  async declineFeedback(viewer: Viewer, needId: string | null, researcherProfileId: string | null): Promise<DeclineFeedback[]> {
    const rows: { reason: DeclineFeedback['reason']; count: number; notes: (string | null)[] }[] = await this.db.query(
      `SELECT reason, count(*)::int AS count, array_agg(note ORDER BY answered_at DESC) AS notes
         FROM (${ANSWERS}) a
        WHERE answer = 'DECLINED' AND ($1::uuid IS NULL OR need_id = $1) AND ($2::uuid IS NULL OR researcher_profile_id = $2)
        GROUP BY reason ORDER BY count DESC, reason`,
      [needId, researcherProfileId],
    );
    return rows.map((row) => ({ ...row, notes: row.notes.filter((n): n is string => !!n) }));
  }

  /**
   * The pipeline under the board's filter; with a period, the matches that moved in it (created,
   * proposed, answered, introduced, collaborating or closed on one of its days) and its sector.
   */
  async exportMatches(viewer: Viewer, filter: PipelineFilter = {}, language: Language, period: KpiFilter | null = null): Promise<CsvFile> {
    const query = pipelineQuery(this.db, { ...filter, sector: filter.sector ?? period?.sector ?? null });
    if (period) {
      const { from, until } = periodOf(period);
      const steps = ['created_at', 'proposed_at', 'industrial_answered_at', 'researcher_answered_at', 'introduced_at', 'collaboration_started_at', 'closed_at'];
      query.andWhere(`(${steps.map((c) => `(m.${c} >= :periodFrom AND m.${c} < :periodUntil)`).join(' OR ')})`, { periodFrom: from, periodUntil: until });
    }
    const ids = (await query.select('m.id', 'id').limit(MAX_EXPORT_ROWS).getRawMany<{ id: string }>()).map((r) => r.id);
    const rows: Record<string, Cell>[] = await this.db.query(
      `SELECT m.id, n.title AS need, n.sector, o.name AS organisation, u.full_name AS researcher, lab.name AS lab, m.status, m.origin,
              m.score, owner.full_name AS owner, m.industrial_answer, m.industrial_reason, m.researcher_answer, m.researcher_reason,
              m.created_at, m.proposed_at, m.introduced_at, m.collaboration_started_at, m.closed_at, m.outcome, c.title AS collaboration
         FROM matches m
         JOIN needs n ON n.id = m.need_id
         JOIN organisations o ON o.id = n.organisation_id
         JOIN researcher_profiles p ON p.id = m.researcher_profile_id
         JOIN users u ON u.id = p.user_id
         LEFT JOIN organisations lab ON lab.id = u.organisation_id
         LEFT JOIN users owner ON owner.id = m.owner_id
         LEFT JOIN collaborations c ON c.match_id = m.id
        WHERE m.id = ANY($1::uuid[])
        ORDER BY m.created_at DESC, m.id DESC`,
      [ids],
    );
    return csvFile('matches', MATCH_COLUMNS, rows, language);
  }

  async exportNeeds(viewer: Viewer, filter: KpiFilter = {}, language: Language): Promise<CsvFile> {
    const period = periodOf(filter);
    const rows: Record<string, Cell>[] = await this.db.query(
      `SELECT n.id, n.title, o.name AS organisation, n.sector, n.language, n.status, n.visibility, n.anonymous,
              n.trl_current, n.trl_target, n.budget_min_mad, n.budget_max_mad, n.deadline, n.created_at, n.archived_at,
              count(m.id)::int AS matches,
              count(m.id) FILTER (WHERE m.proposed_at IS NOT NULL)::int AS proposed,
              count(m.id) FILTER (WHERE m.introduced_at IS NOT NULL)::int AS introduced,
              count(m.id) FILTER (WHERE m.collaboration_started_at IS NOT NULL)::int AS collaborations
         FROM needs n
         JOIN organisations o ON o.id = n.organisation_id
         LEFT JOIN matches m ON m.need_id = n.id
        WHERE n.created_at >= $1 AND n.created_at < $2 AND ($3::varchar IS NULL OR n.sector = $3)
        GROUP BY n.id, o.name
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT ${MAX_EXPORT_ROWS}`,
      [period.from, period.until, filter.sector ?? null],
    );
    return csvFile('needs', NEED_COLUMNS, rows, language);
  }

  /** The brokerage days whose first day falls in the period, each with its figures, and their sum. */
  async eventKpis(viewer: Viewer, filter: KpiFilter = {}): Promise<EventsKpis> {
    assertStaff(viewer);
    const events = await this.eventFigures.inPeriod(viewer, periodOf(filter));
    return { events, total: totalFigures(events) };
  }

  async exportEvents(viewer: Viewer, filter: KpiFilter = {}, language: Language): Promise<CsvFile> {
    const events = await this.eventFigures.inPeriod(viewer, periodOf(filter));
    const rows: Record<string, Cell>[] = events.map((e) => ({
      id: e.eventId,
      event: e.title,
      starts_on: e.startsOn,
      ends_on: e.endsOn,
      status: e.status,
      registrations: e.registrations,
      requests: e.requests,
      accepted: e.accepted,
      declined: e.declined,
      expired: e.expired,
      scheduled: e.scheduled,
      held: e.held,
      no_shows: e.noShows,
      matches: e.matches,
      collaborations: e.collaborations,
    }));
    return csvFile('events', EVENT_COLUMNS, rows, language);
  }

  /**
   * The funnel overall and per sector in one pass (GROUPING SETS: a null sector is the total),
   * over the matches that have a step in the period.
   */
  private async figures(period: Period, sector: Sector | null): Promise<{ total: KpiFigures; bySector: SectorKpis[] }> {
    const params = [period.from, period.until, sector];
    const [posted, funnel]: [{ sector: Sector | null; needs: number }[], FunnelRow[]] = await Promise.all([
      this.db.query(
        `SELECT sector, count(*)::int AS needs FROM needs
          WHERE status <> 'DRAFT' AND created_at >= $1 AND created_at < $2 AND ($3::varchar IS NULL OR sector = $3)
          GROUP BY GROUPING SETS ((sector), ())`,
        params,
      ),
      this.db.query(
        `SELECT n.sector,
                count(*) FILTER (WHERE m.created_at >= $1 AND m.created_at < $2)::int AS "matchesSuggested",
                count(*) FILTER (WHERE m.proposed_at >= $1 AND m.proposed_at < $2)::int AS "matchesProposed",
                count(*) FILTER (WHERE m.proposed_at >= $1 AND m.proposed_at < $2 AND m.introduced_at IS NOT NULL)::int AS "proposedThenIntroduced",
                count(*) FILTER (WHERE m.introduced_at >= $1 AND m.introduced_at < $2)::int AS "introductions",
                count(*) FILTER (WHERE m.introduced_at >= $1 AND m.introduced_at < $2 AND m.collaboration_started_at IS NOT NULL)::int AS "introducedThenCollaborating",
                count(*) FILTER (WHERE m.collaboration_started_at >= $1 AND m.collaboration_started_at < $2)::int AS "collaborations",
                count(*) FILTER (WHERE m.outcome = 'SUCCESS' AND m.closed_at >= $1 AND m.closed_at < $2)::int AS "successes",
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM m.introduced_at - n.created_at) / 86400)
                  FILTER (WHERE m.introduced_at >= $1 AND m.introduced_at < $2) AS "medianDays"
           FROM matches m JOIN needs n ON n.id = m.need_id
          WHERE ($3::varchar IS NULL OR n.sector = $3)
            AND (m.created_at >= $1 OR m.proposed_at >= $1 OR m.introduced_at >= $1 OR m.collaboration_started_at >= $1 OR m.closed_at >= $1)
          GROUP BY GROUPING SETS ((n.sector), ())`,
        params,
      ),
    ]);
    const figuresOf = (key: Sector | null) => toFigures(posted.find((r) => r.sector === key)?.needs ?? 0, funnel.find((r) => r.sector === key));
    const sectors = Object.values(Sector).filter((s) => !sector || s === sector);
    return { total: figuresOf(null), bySector: sectors.map((s) => ({ sector: s, ...figuresOf(s) })) };
  }

  private declineReasons(period: Period, sector: Sector | null): Promise<DeclineReasonCount[]> {
    return this.db.query(
      `SELECT reason, side, count(*)::int AS count FROM (${ANSWERS}) a
        WHERE answer = 'DECLINED' AND answered_at >= $1 AND answered_at < $2 AND ($3::varchar IS NULL OR sector = $3)
        GROUP BY reason, side ORDER BY count DESC, reason, side`,
      [period.from, period.until, sector],
    ) as Promise<{ reason: DeclineReasonCount['reason']; side: MatchSide; count: number }[]>;
  }

  private byMonth(period: Period, sector: Sector | null): Promise<MonthKpis[]> {
    return this.db.query(
      `WITH months AS (
         SELECT to_char(month, 'YYYY-MM') AS month
           FROM generate_series(date_trunc('month', $1::timestamp), $2::timestamp - interval '1 day', interval '1 month') AS month
       ),
       m AS (
         SELECT m.created_at, m.proposed_at, m.introduced_at, m.collaboration_started_at FROM matches m JOIN needs n ON n.id = m.need_id
          WHERE ($3::varchar IS NULL OR n.sector = $3) AND (m.created_at >= $1 OR m.proposed_at >= $1 OR m.introduced_at >= $1 OR m.collaboration_started_at >= $1)
       ),
       events AS (
         SELECT 'need' AS kind, created_at AS at FROM needs WHERE status <> 'DRAFT' AND created_at >= $1 AND created_at < $2 AND ($3::varchar IS NULL OR sector = $3)
         UNION ALL SELECT 'suggested', created_at FROM m WHERE created_at >= $1 AND created_at < $2
         UNION ALL SELECT 'proposed', proposed_at FROM m WHERE proposed_at >= $1 AND proposed_at < $2
         UNION ALL SELECT 'introduced', introduced_at FROM m WHERE introduced_at >= $1 AND introduced_at < $2
         UNION ALL SELECT 'collaborating', collaboration_started_at FROM m WHERE collaboration_started_at >= $1 AND collaboration_started_at < $2
       ),
       counted AS (
         SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
                count(*) FILTER (WHERE kind = 'need')::int AS "needsPosted",
                count(*) FILTER (WHERE kind = 'suggested')::int AS "matchesSuggested",
                count(*) FILTER (WHERE kind = 'proposed')::int AS "matchesProposed",
                count(*) FILTER (WHERE kind = 'introduced')::int AS "introductions",
                count(*) FILTER (WHERE kind = 'collaborating')::int AS "collaborations"
           FROM events GROUP BY 1
       )
       SELECT months.month, coalesce(c."needsPosted", 0) AS "needsPosted", coalesce(c."matchesSuggested", 0) AS "matchesSuggested",
              coalesce(c."matchesProposed", 0) AS "matchesProposed",
              coalesce(c."introductions", 0) AS "introductions", coalesce(c."collaborations", 0) AS "collaborations"
         FROM months LEFT JOIN counted c USING (month)
        ORDER BY months.month`,
      [period.from, period.until, sector],
    );
  }
}

/** The period asked for, as UTC days; the default is the last twelve months, this one included. */
export function periodOf(filter: KpiFilter, today = new Date()): Period {
  const to = filter.to ?? today.toISOString().slice(0, 10);
  const from = filter.from ?? firstOfMonthMonthsBefore(to, 11);
  if (from > to) throw InvalidInputError.field('to', 'periodOrder');
  return { from, to, until: nextDay(to) };
}

function firstOfMonthMonthsBefore(day: string, months: number): string {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

interface FunnelRow {
  sector: Sector | null;
  matchesSuggested: number;
  matchesProposed: number;
  successes: number;
  proposedThenIntroduced: number;
  introductions: number;
  introducedThenCollaborating: number;
  collaborations: number;
  medianDays: number | string | null;
}

function toFigures(needsPosted: number, row: FunnelRow | undefined): KpiFigures {
  return {
    needsPosted,
    matchesSuggested: row?.matchesSuggested ?? 0,
    matchesProposed: row?.matchesProposed ?? 0,
    successes: row?.successes ?? 0,
    introductions: row?.introductions ?? 0,
    collaborations: row?.collaborations ?? 0,
    introductionRate: ratio(row?.proposedThenIntroduced ?? 0, row?.matchesProposed ?? 0),
    collaborationRate: ratio(row?.introducedThenCollaborating ?? 0, row?.introductions ?? 0),
    medianDaysNeedToIntroduction: row?.medianDays == null ? null : Math.round(Number(row.medianDays) * 10) / 10,
  };
}

function ratio(part: number, whole: number): number | null {
  return whole ? Math.round((part / whole) * 1000) / 1000 : null;
}

function csvFile(name: string, specs: ColumnSpec[], rows: Record<string, Cell>[], language: Language): CsvFile {
  const stamp = new Date().toISOString().slice(0, 10);
  const columns = csvColumns(specs, language);
  return {
    filename: `passerelle-${name}-${stamp}-${language}.csv`,
    contentType: 'text/csv; charset=utf-8',
    language,
    rows: rows.length,
    columns: columns.map(({ key, label }) => ({ key, label })),
    content: toCsv(columns.map((c) => c.label), rows.map((row) => columns.map((c) => c.value(row)))),
  };
}
