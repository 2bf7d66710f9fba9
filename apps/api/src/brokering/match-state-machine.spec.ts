import { InvalidInputError } from '../common/domain-errors';
import { MatchEventType, MatchOutcome, MatchSide, MatchStatus, SideAnswer } from './brokering.enums';
import { MatchCommand, MatchState, transition } from './match-state-machine';

const { SUGGESTED, SHORTLISTED, PROPOSED, DECLINED, INTRODUCED, COLLABORATING, CLOSED } = MatchStatus;
const { PENDING, INTERESTED } = SideAnswer;

const fresh = (status: MatchStatus, industrialAnswer: SideAnswer | null = null, researcherAnswer: SideAnswer | null = null): MatchState => ({
  status,
  industrialAnswer,
  researcherAnswer,
});
const proposed = (industrial: SideAnswer = PENDING, researcher: SideAnswer = PENDING) => fresh(PROPOSED, industrial, researcher);

const shortlist: MatchCommand = { type: MatchEventType.SHORTLIST };
const unshortlist: MatchCommand = { type: MatchEventType.UNSHORTLIST };
const propose: MatchCommand = { type: MatchEventType.PROPOSE };
const start: MatchCommand = { type: MatchEventType.START_COLLABORATION };
const answer = (side: MatchSide, value: SideAnswer.INTERESTED | SideAnswer.DECLINED): MatchCommand => ({ type: MatchEventType.ANSWER, side, answer: value });
const close = (outcome: MatchOutcome): MatchCommand => ({ type: MatchEventType.CLOSE, outcome });

/** Every legal move, written out by hand from DESIGN.md's lifecycle: [from, command, to]. */
const LEGAL: [string, MatchState, MatchCommand, MatchStatus][] = [
  ['shortlist a suggestion', fresh(SUGGESTED), shortlist, SHORTLISTED],
  ['take a match off the shortlist', fresh(SHORTLISTED), unshortlist, SUGGESTED],
  ['propose a shortlisted match', fresh(SHORTLISTED), propose, PROPOSED],
  ['industrial interested first', proposed(), answer(MatchSide.INDUSTRIAL, INTERESTED), PROPOSED],
  ['researcher interested first', proposed(), answer(MatchSide.RESEARCHER, INTERESTED), PROPOSED],
  ['industrial interested second', proposed(PENDING, INTERESTED), answer(MatchSide.INDUSTRIAL, INTERESTED), INTRODUCED],
  ['researcher interested second', proposed(INTERESTED, PENDING), answer(MatchSide.RESEARCHER, INTERESTED), INTRODUCED],
  ['industrial declines', proposed(), answer(MatchSide.INDUSTRIAL, SideAnswer.DECLINED), DECLINED],
  ['researcher declines after the industrial said yes', proposed(INTERESTED, PENDING), answer(MatchSide.RESEARCHER, SideAnswer.DECLINED), DECLINED],
  ['start a collaboration', fresh(INTRODUCED, INTERESTED, INTERESTED), start, COLLABORATING],
  ['withdraw a suggestion', fresh(SUGGESTED), close(MatchOutcome.NOT_PURSUED), CLOSED],
  ['withdraw a shortlisted match', fresh(SHORTLISTED), close(MatchOutcome.NOT_PURSUED), CLOSED],
  ['withdraw a proposal', proposed(), close(MatchOutcome.NOT_PURSUED), CLOSED],
  ['introduced, then nothing came of it', fresh(INTRODUCED, INTERESTED, INTERESTED), close(MatchOutcome.ABANDONED), CLOSED],
  ['a collaboration succeeds', fresh(COLLABORATING, INTERESTED, INTERESTED), close(MatchOutcome.SUCCESS), CLOSED],
  ['a collaboration is abandoned', fresh(COLLABORATING, INTERESTED, INTERESTED), close(MatchOutcome.ABANDONED), CLOSED],
];

const COMMANDS: Record<string, MatchCommand> = {
  shortlist,
  unshortlist,
  propose,
  start,
  industrialYes: answer(MatchSide.INDUSTRIAL, INTERESTED),
  industrialNo: answer(MatchSide.INDUSTRIAL, SideAnswer.DECLINED),
  researcherYes: answer(MatchSide.RESEARCHER, INTERESTED),
  researcherNo: answer(MatchSide.RESEARCHER, SideAnswer.DECLINED),
  success: close(MatchOutcome.SUCCESS),
  abandoned: close(MatchOutcome.ABANDONED),
  notPursued: close(MatchOutcome.NOT_PURSUED),
};

/** For every state a match can be in, the commands it accepts; every other one is refused. */
const ACCEPTS: [string, MatchState, string[]][] = [
  ['SUGGESTED', fresh(SUGGESTED), ['shortlist', 'notPursued']],
  ['SHORTLISTED', fresh(SHORTLISTED), ['unshortlist', 'propose', 'notPursued']],
  ['SHORTLISTED after an interest', fresh(SHORTLISTED, null, INTERESTED), ['unshortlist', 'propose', 'notPursued']],
  ['PROPOSED', proposed(), ['industrialYes', 'industrialNo', 'researcherYes', 'researcherNo', 'notPursued']],
  ['PROPOSED, industrial said yes', proposed(INTERESTED, PENDING), ['researcherYes', 'researcherNo', 'notPursued']],
  ['PROPOSED, researcher said yes', proposed(PENDING, INTERESTED), ['industrialYes', 'industrialNo', 'notPursued']],
  ['DECLINED', fresh(DECLINED, SideAnswer.DECLINED, PENDING), []],
  ['INTRODUCED', fresh(INTRODUCED, INTERESTED, INTERESTED), ['start', 'abandoned']],
  ['COLLABORATING', fresh(COLLABORATING, INTERESTED, INTERESTED), ['success', 'abandoned']],
  ['CLOSED', fresh(CLOSED), []],
];

describe('match state machine', () => {
  it.each(LEGAL)('%s', (_, state, command, to) => {
    expect(transition(state, command).status).toBe(to);
  });

  it.each(ACCEPTS)('in %s, refuses every command but its own with BAD_USER_INPUT', (_, state, accepted) => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      if (accepted.includes(name)) {
        expect(() => transition(state, command)).not.toThrow();
        continue;
      }
      let error: unknown;
      try {
        transition(state, command);
      } catch (e) {
        error = e;
      }
      expect({ name, error: error instanceof InvalidInputError }).toEqual({ name, error: true });
      expect((error as InvalidInputError).problems[0].field).toMatch(/^(status|answer|outcome)$/);
    }
  });

  it('keeps the answers of both sides, so the introduction needs two yeses', () => {
    const once = transition(proposed(), answer(MatchSide.INDUSTRIAL, INTERESTED));
    expect(once).toEqual({ status: PROPOSED, industrialAnswer: INTERESTED, researcherAnswer: PENDING });
    expect(transition(once, answer(MatchSide.RESEARCHER, INTERESTED))).toEqual({ status: INTRODUCED, industrialAnswer: INTERESTED, researcherAnswer: INTERESTED });
  });

  it('refuses a second answer from the same side', () => {
    const once = transition(proposed(), answer(MatchSide.INDUSTRIAL, INTERESTED));
    expect(() => transition(once, answer(MatchSide.INDUSTRIAL, SideAnswer.DECLINED))).toThrow(InvalidInputError);
  });

  it('keeps a researcher’s earlier interest when the match is proposed', () => {
    expect(transition(fresh(SHORTLISTED, null, INTERESTED), propose)).toEqual({ status: PROPOSED, industrialAnswer: PENDING, researcherAnswer: INTERESTED });
  });

  it('names the allowed outcomes when the outcome does not fit the status', () => {
    try {
      transition(proposed(), close(MatchOutcome.SUCCESS));
      throw new Error('should have refused');
    } catch (error) {
      expect((error as InvalidInputError).problems[0]).toMatchObject({ field: 'outcome', params: { allowed: 'NOT_PURSUED' } });
    }
  });
});
