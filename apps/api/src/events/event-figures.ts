import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../common/viewer';
import { assertStaff } from './event-records';
import { EventStatus } from './events.enums';
import { EventKpis } from './events.models';
import { EventsService } from './events.service';

/** The figures of an event, in the order the page and the export show them. */
export const EVENT_FIGURES = ['registrations', 'requests', 'accepted', 'declined', 'expired', 'scheduled', 'held', 'noShows', 'matches', 'collaborations'] as const;

export interface EventFiguresRow extends EventKpis {
  eventId: string;
  title: string;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD (inclusive) */
  endsOn: string;
  status: EventStatus;
}

/**
 * Which events: the given ones (any status), or those of a period — published (not drafts) and
 * whose first day falls in [from, until) (UTC days, `until` exclusive).
 */
export type EventFiguresScope = { eventIds: string[] } | { from: string; until: string };

/**
 * The one rule for what an event counts, per event. A match "from the event" is one that the
 * conversion of one of its held meetings created (`match_created`; a meeting linked to a match that
 * already existed does not count); a collaboration from the event is one started from such a match.
 * Accepted counts requests the other side accepted (or that were auto-accepted), even if later cancelled.
 * Pending requests past their expiry date are expired by the caller first (EventsService.expireRequests).
 */
export async function eventFigures(manager: EntityManager, scope: EventFiguresScope): Promise<EventFiguresRow[]> {
  const byIds = 'eventIds' in scope;
  const rows: EventFiguresRow[] = await manager.query(
    `SELECT e.id AS "eventId", e.title, e.starts_on::text AS "startsOn", e.ends_on::text AS "endsOn", e.status,
            (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'REGISTERED') AS registrations,
            f.*
       FROM events e
       CROSS JOIN LATERAL (
         SELECT count(m.id)::int AS requests,
                count(*) FILTER (WHERE m.answered_at IS NOT NULL AND m.status IN ('ACCEPTED', 'CANCELLED') AND m.decline_reason IS NULL)::int AS accepted,
                count(*) FILTER (WHERE m.status = 'DECLINED')::int AS declined,
                count(*) FILTER (WHERE m.status = 'EXPIRED')::int AS expired,
                count(*) FILTER (WHERE m.status = 'ACCEPTED' AND m.slot_id IS NOT NULL)::int AS scheduled,
                count(*) FILTER (WHERE m.attendance = 'HELD')::int AS held,
                count(*) FILTER (WHERE m.attendance = 'NO_SHOW')::int AS "noShows",
                count(*) FILTER (WHERE m.match_created)::int AS matches,
                count(*) FILTER (WHERE m.match_created AND EXISTS (SELECT 1 FROM collaborations c WHERE c.match_id = m.match_id))::int AS collaborations
           FROM event_meetings m WHERE m.event_id = e.id
       ) f
      WHERE ${byIds ? 'e.id = ANY($1::uuid[])' : `e.status <> 'DRAFT' AND e.starts_on >= $1::date AND e.starts_on < $2::date`}
      ORDER BY e.starts_on, e.title, e.id`,
    byIds ? [scope.eventIds] : [scope.from, scope.until],
  );
  return rows;
}

/** The sum of each figure over the rows (a member registered at two events counts twice). */
export function totalFigures(rows: EventKpis[]): EventKpis {
  const total = Object.fromEntries(EVENT_FIGURES.map((key) => [key, 0])) as unknown as EventKpis;
  for (const row of rows) for (const key of EVENT_FIGURES) total[key] += row[key];
  return total;
}

/** Staff: the figures of the events of a period, for the KPI page and its export. */
@Injectable()
export class EventFiguresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
  ) {}

  async inPeriod(viewer: Viewer, period: { from: string; until: string }): Promise<EventFiguresRow[]> {
    assertStaff(viewer);
    await this.events.expireRequests();
    return eventFigures(this.db.manager, period);
  }
}
