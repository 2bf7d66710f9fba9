import { InvalidInputError } from '../common/domain-errors';
import { MatchEventType, MatchOutcome, MatchSide, MatchStatus, SideAnswer } from './brokering.enums';

/** What the state machine reads and writes of a match. */
export interface MatchState {
  status: MatchStatus;
  industrialAnswer: SideAnswer | null;
  researcherAnswer: SideAnswer | null;
}

export function stateOf(match: MatchState): MatchState {
  return { status: match.status, industrialAnswer: match.industrialAnswer, researcherAnswer: match.researcherAnswer };
}

export type MatchCommand =
  | { type: MatchEventType.SHORTLIST }
  | { type: MatchEventType.UNSHORTLIST }
  | { type: MatchEventType.PROPOSE }
  | { type: MatchEventType.ANSWER; side: MatchSide; answer: SideAnswer.INTERESTED | SideAnswer.DECLINED }
  | { type: MatchEventType.START_COLLABORATION }
  | { type: MatchEventType.CLOSE; outcome: MatchOutcome };

/** The outcomes a match may be closed with, by the status it is in. */
export const CLOSING_OUTCOMES: Record<MatchStatus, MatchOutcome[]> = {
  [MatchStatus.SUGGESTED]: [MatchOutcome.NOT_PURSUED],
  [MatchStatus.SHORTLISTED]: [MatchOutcome.NOT_PURSUED],
  [MatchStatus.PROPOSED]: [MatchOutcome.NOT_PURSUED],
  [MatchStatus.DECLINED]: [],
  [MatchStatus.INTRODUCED]: [MatchOutcome.ABANDONED],
  [MatchStatus.COLLABORATING]: [MatchOutcome.SUCCESS, MatchOutcome.ABANDONED],
  [MatchStatus.CLOSED]: [],
};

/** Statuses in which each side already knows of the match (and contacts are shared from INTRODUCED on). */
export const VISIBLE_TO_PARTIES: MatchStatus[] = [
  MatchStatus.PROPOSED,
  MatchStatus.DECLINED,
  MatchStatus.INTRODUCED,
  MatchStatus.COLLABORATING,
  MatchStatus.CLOSED,
];

/**
 * Whether the sides know of the match: it was proposed to them (or introduced straight from the
 * shortlist). A status alone does not say so — a match staff close before proposing it is CLOSED
 * too, and stays staff business (issue 12, finding 2). The SQL form is PARTY_KNOWN_SQL.
 */
export function knownToParties(match: { status: MatchStatus; proposedAt: Date | null; introducedAt: Date | null }): boolean {
  return VISIBLE_TO_PARTIES.includes(match.status) && (match.proposedAt !== null || match.introducedAt !== null);
}

/** knownToParties on the matches table aliased `m`, with the statuses as parameter :partyStatuses. */
export const PARTY_KNOWN_SQL = 'm.status IN (:...partyStatuses) AND (m.proposed_at IS NOT NULL OR m.introduced_at IS NOT NULL)';

/**
 * The one state machine of the brokering pipeline (DESIGN.md): every change of a match's status
 * or answers goes through here. It knows nothing of who asks — the service checks that — and
 * refuses an illegal command with BAD_USER_INPUT, before anything is written.
 */
export function transition(state: MatchState, command: MatchCommand): MatchState {
  switch (command.type) {
    case MatchEventType.SHORTLIST:
      return move(state, command, MatchStatus.SUGGESTED, MatchStatus.SHORTLISTED);
    case MatchEventType.UNSHORTLIST:
      return move(state, command, MatchStatus.SHORTLISTED, MatchStatus.SUGGESTED);
    case MatchEventType.PROPOSE:
      return propose(state, command);
    case MatchEventType.ANSWER:
      return answer(state, command);
    case MatchEventType.START_COLLABORATION:
      return move(state, command, MatchStatus.INTRODUCED, MatchStatus.COLLABORATING);
    case MatchEventType.CLOSE:
      return close(state, command);
  }
}

function move(state: MatchState, command: MatchCommand, from: MatchStatus, to: MatchStatus): MatchState {
  if (state.status !== from) throw illegal(state, command);
  return { ...state, status: to };
}

/** Sides that already said yes (a researcher's expression of interest) keep their answer. */
function propose(state: MatchState, command: MatchCommand): MatchState {
  const proposed = move(state, command, MatchStatus.SHORTLISTED, MatchStatus.PROPOSED);
  return introduceWhenBothInterested({
    ...proposed,
    industrialAnswer: proposed.industrialAnswer ?? SideAnswer.PENDING,
    researcherAnswer: proposed.researcherAnswer ?? SideAnswer.PENDING,
  });
}

function answer(state: MatchState, command: Extract<MatchCommand, { type: MatchEventType.ANSWER }>): MatchState {
  if (state.status !== MatchStatus.PROPOSED) throw illegal(state, command);
  const key = command.side === MatchSide.INDUSTRIAL ? 'industrialAnswer' : 'researcherAnswer';
  if (state[key] !== SideAnswer.PENDING) throw InvalidInputError.field('answer', 'matchAlreadyAnswered', { side: command.side });
  const answered = { ...state, [key]: command.answer };
  if (command.answer === SideAnswer.DECLINED) return { ...answered, status: MatchStatus.DECLINED };
  return introduceWhenBothInterested(answered);
}

function introduceWhenBothInterested(state: MatchState): MatchState {
  const both = state.industrialAnswer === SideAnswer.INTERESTED && state.researcherAnswer === SideAnswer.INTERESTED;
  return both ? { ...state, status: MatchStatus.INTRODUCED } : state;
}

function close(state: MatchState, command: Extract<MatchCommand, { type: MatchEventType.CLOSE }>): MatchState {
  const allowed = CLOSING_OUTCOMES[state.status];
  if (!allowed.length) throw illegal(state, command);
  if (!allowed.includes(command.outcome)) {
    throw InvalidInputError.field('outcome', 'matchOutcomeNotAllowed', { outcome: command.outcome, status: state.status, allowed: allowed.join(', ') });
  }
  return { ...state, status: MatchStatus.CLOSED };
}

function illegal(state: MatchState, command: MatchCommand): InvalidInputError {
  return InvalidInputError.field('status', 'matchTransition', { event: command.type, status: state.status });
}
