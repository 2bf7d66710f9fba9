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
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
