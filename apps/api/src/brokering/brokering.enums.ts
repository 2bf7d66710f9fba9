import { registerEnumType } from '@nestjs/graphql';

/** The brokering pipeline of DESIGN.md; DECLINED is where a match ends when either side says no. */
export enum MatchStatus {
  SUGGESTED = 'SUGGESTED',
  SHORTLISTED = 'SHORTLISTED',
  PROPOSED = 'PROPOSED',
  DECLINED = 'DECLINED',
  INTRODUCED = 'INTRODUCED',
  COLLABORATING = 'COLLABORATING',
  CLOSED = 'CLOSED',
}

/** What moved a match (or, for NOTE, what was written on its timeline). */
export enum MatchEventType {
  SUGGEST = 'SUGGEST',
  SHORTLIST = 'SHORTLIST',
  UNSHORTLIST = 'UNSHORTLIST',
  PROPOSE = 'PROPOSE',
  ANSWER = 'ANSWER',
  START_COLLABORATION = 'START_COLLABORATION',
  CLOSE = 'CLOSE',
  NOTE = 'NOTE',
  ASSIGN = 'ASSIGN',
}

export enum MatchOrigin {
  /** Saved from the matching engine's proposals. */
  ENGINE = 'ENGINE',
  /** A researcher's expression of interest, turned into a match by staff. */
  INTEREST = 'INTEREST',
  /** An industrial's request for an introduction to an expert, turned into a match by staff. */
  INTRODUCTION_REQUEST = 'INTRODUCTION_REQUEST',
  /** Picked by hand by staff. */
  STAFF = 'STAFF',
}

export enum MatchSide {
  INDUSTRIAL = 'INDUSTRIAL',
  RESEARCHER = 'RESEARCHER',
}

export enum SideAnswer {
  PENDING = 'PENDING',
  INTERESTED = 'INTERESTED',
  DECLINED = 'DECLINED',
}

/** Why a side declines, as the EEN partnering feedback asks. */
export enum DeclineReason {
  NOT_RIGHT_EXPERTISE = 'NOT_RIGHT_EXPERTISE',
  TOO_EARLY_STAGE = 'TOO_EARLY_STAGE',
  NO_CAPACITY = 'NO_CAPACITY',
  BUDGET = 'BUDGET',
  CONFIDENTIALITY = 'CONFIDENTIALITY',
  OTHER = 'OTHER',
}

export enum MatchOutcome {
  /** A collaboration that reached its goal. */
  SUCCESS = 'SUCCESS',
  /** Started (introduced or collaborating), then given up. */
  ABANDONED = 'ABANDONED',
  /** Withdrawn by staff before any introduction. */
  NOT_PURSUED = 'NOT_PURSUED',
}

export enum InterestStatus {
  OPEN = 'OPEN',
  CONVERTED = 'CONVERTED',
  DISMISSED = 'DISMISSED',
}

/** The two kinds of request in the staff's interests queue. */
export enum InterestKind {
  /** A researcher raises a hand on a need. */
  EXPRESSION_OF_INTEREST = 'EXPRESSION_OF_INTEREST',
  /** An industrial asks the cluster to introduce an expert to their organisation's need. */
  INTRODUCTION_REQUEST = 'INTRODUCTION_REQUEST',
}

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(MatchStatus, { name: 'MatchStatus' });
registerEnumType(MatchEventType, { name: 'MatchEventType' });
registerEnumType(MatchOrigin, { name: 'MatchOrigin' });
registerEnumType(MatchSide, { name: 'MatchSide' });
registerEnumType(SideAnswer, { name: 'SideAnswer' });
registerEnumType(DeclineReason, { name: 'DeclineReason' });
registerEnumType(MatchOutcome, { name: 'MatchOutcome' });
registerEnumType(InterestStatus, { name: 'InterestStatus' });
registerEnumType(InterestKind, {
  name: 'InterestKind',
  valuesMap: {
    EXPRESSION_OF_INTEREST: { description: 'A researcher raised a hand on a need (expressInterest)' },
    INTRODUCTION_REQUEST: { description: "An industrial asked for an introduction to an expert for their organisation's need (requestIntroduction)" },
  },
});
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
