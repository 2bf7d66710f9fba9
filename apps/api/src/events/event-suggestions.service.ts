import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { MatchNeed, MatchResearcher } from '../../../../libs/matching/src';
import { Viewer } from '../common/viewer';
import { MatcherProvider } from '../matching/matcher.provider';
import { Need } from '../needs/need.entity';
import { NeedStatus } from '../needs/need.enums';
import { ParticipantRow, participantRows } from './event-records';
import { EventRegistrationsService } from './event-registrations.service';
import { MeetingStatus, ParticipantKind, RegistrationStatus } from './events.enums';
import { SuggestedMeeting } from './events.models';
import { EventsService } from './events.service';

/** Suggested meetings: who a registered participant should meet, scored by matching's own matcher. */
@Injectable()
export class EventSuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly registrations: EventRegistrationsService,
    private readonly matchers: MatcherProvider,
  ) {}

  /**
   * Who the viewer should meet, best first, scored by the matcher with its reasons: an industrial's
   * "seek" (and open needs) against a researcher's offer and expertise profile, in both directions;
   * between two industrials, only where each offers what the other seeks.
   */
  async suggestions(viewer: Viewer, eventId: string, first: number): Promise<SuggestedMeeting[]> {
    await this.events.get(viewer, eventId);
    const mine = await this.registrations.myRegistration(viewer, eventId);
    if (!mine || mine.status !== RegistrationStatus.REGISTERED) return [];
    const rows = (await participantRows(this.db.manager, eventId)).filter((r) => r.status === RegistrationStatus.REGISTERED);
    const me = rows.find((r) => r.id === mine.id);
    if (!me) return [];
    const others = rows.filter((r) => r.id !== me.id && !(me.kind === ParticipantKind.RESEARCHER && r.kind === ParticipantKind.RESEARCHER));
    if (!others.length) return [];
    const records = await this.researcherRecords([me, ...others]);
    const needs = await this.needRecords([me, ...others]);
    const matcher = await this.matchers.with([]);
    const live = await this.liveRequests(mine.id);
    const language = viewer.language;
    const suggestions: SuggestedMeeting[] = [];
    for (const other of others) {
      let scored: { score: number; reasons: string[]; features: SuggestedMeeting['features'] } | null = null;
      if (me.kind === ParticipantKind.INDUSTRIAL && other.kind === ParticipantKind.RESEARCHER) scored = explainWithEvidence(matcher.score(needs.get(me.id)!, records.get(other.id)!, language));
      else if (me.kind === ParticipantKind.RESEARCHER) scored = explainWithEvidence(matcher.score(needs.get(other.id)!, records.get(me.id)!, language));
      else {
        const mySide = matcher.score(needs.get(me.id)!, records.get(other.id)!, language);
        const theirSide = matcher.score(needs.get(other.id)!, records.get(me.id)!, language);
        if (hasEvidence(mySide) && hasEvidence(theirSide)) {
          scored = { score: Math.min(mySide.score, theirSide.score), reasons: [...new Set([...mySide.reasons, ...theirSide.reasons])].slice(0, 5), features: explain(mySide).features };
        }
      }
      if (!scored || scored.score <= 0) continue;
      suggestions.push({ participant: other, ...scored, requestStatus: live.get(other.id) ?? null });
    }
    return suggestions.sort((a, b) => b.score - a.score || a.participant.fullName.localeCompare(b.participant.fullName)).slice(0, first);
  }

  private async liveRequests(registrationId: string): Promise<Map<string, MeetingStatus>> {
    const rows: { other: string; status: MeetingStatus }[] = await this.db.query(
      `SELECT CASE WHEN requester_id = $1 THEN recipient_id ELSE requester_id END AS other, status
       FROM event_meetings WHERE (requester_id = $1 OR recipient_id = $1) AND status IN ('PENDING', 'ACCEPTED')`,
      [registrationId],
    );
    return new Map(rows.map((r) => [r.other, r.status]));
  }

  /** Each participant as the matcher's "researcher" side: what they offer, with the researcher's profile. */
  private async researcherRecords(rows: ParticipantRow[]): Promise<Map<string, MatchResearcher>> {
    const profileIds = rows.map((r) => r.profileId).filter((id): id is string => !!id);
    const profiles = new Map((profileIds.length ? await this.matchers.records(profileIds) : []).map((p) => [p.id, p]));
    return new Map(
      rows.map((row) => {
        const profile = row.profileId ? profiles.get(row.profileId) : undefined;
        const record: MatchResearcher = {
          ...(profile ?? {}),
          id: `event-participant:${row.id}`,
          organisationId: null,
          headline: profile?.headline ?? row.organisationName ?? row.fullName,
          expertise: [row.offer, profile?.expertise].filter(Boolean).join('\n'),
          languages: row.languages.length ? row.languages : (profile?.languages ?? []),
          sectors: profile?.sectors?.length ? profile.sectors : row.sectors,
          city: profile?.city ?? row.city,
          region: profile?.region ?? row.region,
        };
        return [row.id, record];
      }),
    );
  }

  /** Each participant as the matcher's "need" side: what they seek, with their organisation's open needs' keywords. */
  private async needRecords(rows: ParticipantRow[]): Promise<Map<string, MatchNeed>> {
    const organisationIds = [...new Set(rows.map((r) => r.organisationIdInternal).filter((id): id is string => !!id))];
    const needs = organisationIds.length ? await this.db.getRepository(Need).findBy({ organisationId: In(organisationIds), status: NeedStatus.OPEN }) : [];
    return new Map(
      rows.map((row) => {
        const own = needs.filter((n) => n.organisationId === row.organisationIdInternal && !n.archivedAt);
        const seek = row.seek || own.map((n) => `${n.title}. ${n.description}`).join('\n');
        const record: MatchNeed = {
          id: `event-participant:${row.id}:${row.updatedAt.getTime()}`,
          title: seek.split('\n')[0].slice(0, 200),
          description: seek,
          keywords: [...new Set(own.flatMap((n) => n.keywords ?? []))].slice(0, 30),
          sector: row.sectors.length === 1 ? row.sectors[0] : null,
          trlCurrent: own[0]?.trlCurrent ?? null,
          trlTarget: own[0]?.trlTarget ?? null,
          city: row.city,
          region: row.region,
          organisationId: null,
        };
        return [row.id, record];
      }),
    );
  }
}


/** Features that say the two talk about the same thing (not only a shared language or region). */
const EVIDENCE = new Set(['lexical', 'concepts', 'techniques', 'equipment']);

function hasEvidence(match: { features: { name: string; contribution: number }[] }): boolean {
  return match.features.some((f) => EVIDENCE.has(f.name) && f.contribution > 0);
}

function explainWithEvidence(match: Parameters<typeof explain>[0]) {
  return hasEvidence(match) ? explain(match) : null;
}

function explain(match: { score: number; reasons: string[]; features: { name: string; contribution: number; detail: string }[] }) {
  return { score: match.score, reasons: match.reasons, features: match.features.map((f) => ({ name: f.name, contribution: f.contribution, detail: f.detail })) };
}
