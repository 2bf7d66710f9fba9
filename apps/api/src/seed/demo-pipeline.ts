import { EntityManager } from 'typeorm';
import { DeclineReason, InterestKind, InterestStatus, MatchEventType, MatchOrigin, MatchOutcome, MatchSide, MatchStatus, MilestoneStatus, SideAnswer } from '../brokering/brokering.enums';
import { Collaboration } from '../brokering/collaboration.entity';
import { HallBooking } from '../brokering/hall-booking.entity';
import { HallBookingStatus } from '../hall/hall.enums';
import { demoEquipmentId } from './demo-hall';
import { Need } from '../needs/need.entity';
import { Interest } from '../brokering/interest.entity';
import { MatchEvent } from '../brokering/match-event.entity';
import { MatchCommand, stateOf, transition } from '../brokering/match-state-machine';
import { Match } from '../brokering/match.entity';
import { Milestone } from '../brokering/milestone.entity';

const DAY = 86_400_000;

/** One step of a demo match's history, `day` days after its need was posted. */
interface Step {
  day: number;
  command: MatchCommand;
  actor: 'staff' | 'industrial' | 'researcher';
  note?: string;
  reason?: DeclineReason;
}

interface DemoMatch {
  needKey: string;
  researcherKey: string;
  steps: Step[];
  collaboration?: { title: string; partners: string[]; milestones: { title: string; dueInDays: number; status: MilestoneStatus }[]; hall?: { inDays: number; days: number; equipment: string[] } };
}

const suggest: Step = { day: 1, command: { type: MatchEventType.SHORTLIST }, actor: 'staff' };
const propose = (day: number, note?: string): Step => ({ day, command: { type: MatchEventType.PROPOSE }, actor: 'staff', note });
const yes = (day: number, side: MatchSide): Step => ({
  day,
  command: { type: MatchEventType.ANSWER, side, answer: SideAnswer.INTERESTED },
  actor: side === MatchSide.INDUSTRIAL ? 'industrial' : 'researcher',
});

/** A pipeline in every state, around the demo accounts (the Tiznit argan cooperative and the Agadir lab). */
const DEMO_MATCHES: DemoMatch[] = [
  {
    needKey: 'need-argan-stabilite-oxydative',
    researcherKey: 'researcher',
    steps: [suggest, propose(3, 'Profil idéal : modèles de durée de vie accélérés'), yes(5, MatchSide.INDUSTRIAL), yes(7, MatchSide.RESEARCHER)],
  },
  { needKey: 'need-argan-rendement-pressage', researcherKey: 'researcher', steps: [suggest, propose(30)] },
  {
    needKey: 'need-argan-coproduits',
    researcherKey: 'res-rachid-aitbenhaddou',
    steps: [suggest, propose(2), yes(3, MatchSide.RESEARCHER), yes(4, MatchSide.INDUSTRIAL), { day: 9, command: { type: MatchEventType.START_COLLABORATION }, actor: 'staff' }],
    collaboration: {
      title: "Tourteau d'argan en alimentation des chèvres",
      partners: ['Direction régionale de l’agriculture Souss-Massa'],
      milestones: [
        { title: 'Caractérisation nutritionnelle du tourteau', dueInDays: -5, status: MilestoneStatus.DONE },
        { title: "Essais d'alimentation sur 40 chèvres", dueInDays: 45, status: MilestoneStatus.IN_PROGRESS },
        { title: 'Rapport technico-économique', dueInDays: 120, status: MilestoneStatus.PLANNED },
      ],
      hall: { inDays: 24, days: 3, equipment: ['Extrudeuse bi-vis'] },
    },
  },
  {
    needKey: 'need-olive-polyphenols',
    researcherKey: 'res-imane-cherkaoui',
    steps: [
      suggest,
      propose(2),
      {
        day: 4,
        command: { type: MatchEventType.ANSWER, side: MatchSide.RESEARCHER, answer: SideAnswer.DECLINED },
        actor: 'researcher',
        reason: DeclineReason.NO_CAPACITY,
        note: "Notre plateforme HPLC est réservée jusqu'en juin.",
      },
    ],
  },
  {
    needKey: 'need-argan-certification-bio',
    researcherKey: 'res-youssef-amzil',
    steps: [suggest, { day: 6, command: { type: MatchEventType.CLOSE, outcome: MatchOutcome.NOT_PURSUED }, actor: 'staff', note: 'La coopérative passe par un certificateur privé.' }],
  },
  { needKey: 'need-safran-iso-3632', researcherKey: 'res-latifa-oukerrou', steps: [suggest] },
  { needKey: 'need-safran-iso-3632', researcherKey: 'res-samira-benkirane', steps: [] },
];

export interface DemoIds {
  users: Map<string, string>;
  profiles: Map<string, string>;
  needs: Map<string, { id: string; createdAt: Date; authorKey: string }>;
}

/** The demo brokering pipeline, replayed through the state machine so its history is one the API could have written. */
export async function insertDemoPipeline(db: EntityManager, ids: DemoIds): Promise<number> {
  for (const demo of DEMO_MATCHES) await insertMatch(db, ids, demo);
  await db.getRepository(Interest).save({
    needId: need(ids, 'need-cactus-mucilage').id,
    researcherProfileId: profile(ids, 'res-nadia-elghazouani'),
    kind: InterestKind.EXPRESSION_OF_INTEREST,
    requestedById: user(ids, 'res-nadia-elghazouani'),
    message: "Nous extrayons le mucilage des cladodes à l'échelle pilote et pouvons tester vos lots dès le mois prochain.",
    status: InterestStatus.OPEN,
  });
  return DEMO_MATCHES.length;
}

async function insertMatch(db: EntityManager, ids: DemoIds, demo: DemoMatch): Promise<void> {
  const posted = need(ids, demo.needKey);
  const staffId = user(ids, 'staff');
  const at = (day: number) => new Date(Math.min(posted.createdAt.getTime() + day * DAY, Date.now() - 60_000));
  const actors = { staff: staffId, industrial: user(ids, posted.authorKey), researcher: user(ids, demo.researcherKey) };
  const match = await db.getRepository(Match).save({
    needId: posted.id,
    researcherProfileId: profile(ids, demo.researcherKey),
    status: MatchStatus.SUGGESTED,
    origin: MatchOrigin.ENGINE,
    createdBy: staffId,
    createdAt: at(0.5),
    statusChangedAt: at(0.5),
  });
  const events: Partial<MatchEvent>[] = [{ matchId: match.id, actorId: staffId, event: MatchEventType.SUGGEST, fromStatus: null, toStatus: MatchStatus.SUGGESTED, createdAt: at(0.5) }];
  for (const step of demo.steps) {
    const from = match.status;
    Object.assign(match, transition(stateOf(match), step.command));
    applyStep(match, step, at(step.day), staffId);
    events.push({ matchId: match.id, actorId: actors[step.actor], event: step.command.type, fromStatus: from, toStatus: match.status, note: step.note ?? null, createdAt: at(step.day) });
  }
  await db.getRepository(Match).save(match);
  await db.getRepository(MatchEvent).save(events);
  if (demo.collaboration) await insertCollaboration(db, match, demo.collaboration, staffId);
}

function applyStep(match: Match, step: Step, when: Date, staffId: string): void {
  match.statusChangedAt = when;
  match.ownerId = staffId;
  if (step.command.type === MatchEventType.ANSWER) {
    const prefix = step.command.side === MatchSide.INDUSTRIAL ? 'industrial' : 'researcher';
    Object.assign(match, { [`${prefix}AnsweredAt`]: when, [`${prefix}Reason`]: step.reason ?? null, [`${prefix}Note`]: step.note ?? null });
  }
  if (step.command.type === MatchEventType.CLOSE) Object.assign(match, { outcome: step.command.outcome, outcomeNote: step.note ?? null, closedAt: when });
  if (match.status === MatchStatus.PROPOSED) match.proposedAt ??= when;
  if (match.status === MatchStatus.INTRODUCED) match.introducedAt ??= when;
  if (match.status === MatchStatus.COLLABORATING) match.collaborationStartedAt ??= when;
}

async function insertCollaboration(db: EntityManager, match: Match, demo: NonNullable<DemoMatch['collaboration']>, staffId: string): Promise<void> {
  const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
  const collaboration = await db.getRepository(Collaboration).save({
    matchId: match.id,
    title: demo.title,
    partners: demo.partners,
    startDate: match.collaborationStartedAt!.toISOString().slice(0, 10),
    createdBy: staffId,
  });
  await db.getRepository(Milestone).save(
    demo.milestones.map((m) => ({
      collaborationId: collaboration.id,
      title: m.title,
      dueDate: day(m.dueInDays),
      status: m.status,
      completedAt: m.status === MilestoneStatus.DONE ? new Date(Date.now() + m.dueInDays * DAY) : null,
    })),
  );
  if (demo.hall) {
    const need = await db.getRepository(Need).findOneByOrFail({ id: match.needId });
    for (const name of demo.hall.equipment) {
      await db.getRepository(HallBooking).save({
        collaborationId: collaboration.id,
        equipmentId: await demoEquipmentId(db, name),
        organisationId: need.organisationId,
        requestedBy: staffId,
        startsOn: day(demo.hall.inDays),
        endsOn: day(demo.hall.inDays + demo.hall.days - 1),
        purpose: 'Granulés de tourteau d’argan pour les essais d’alimentation',
        status: HallBookingStatus.APPROVED,
        decidedBy: staffId,
        decidedAt: new Date(),
      });
    }
  }
}

function need(ids: DemoIds, key: string) {
  const found = ids.needs.get(key);
  if (!found) throw new Error(`Demo pipeline refers to an unknown need: ${key}`);
  return found;
}

function profile(ids: DemoIds, userKey: string): string {
  const found = ids.profiles.get(userKey);
  if (!found) throw new Error(`Demo pipeline refers to an unknown researcher: ${userKey}`);
  return found;
}

function user(ids: DemoIds, key: string): string {
  const found = ids.users.get(key);
  if (!found) throw new Error(`Demo pipeline refers to an unknown user: ${key}`);
  return found;
}
