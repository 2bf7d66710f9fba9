import { Notice } from '../notifications/notifications.service';
import { NotificationKind } from '../notifications/notification.enums';
import { MatchSide } from './brokering.enums';
import { Match } from './match.entity';
import { contactCards, MatchParties } from './match-parties';

type Recipients = Record<MatchSide, string[]>;

/**
 * What each side is told. Before the introduction a notice names only what its recipient may
 * already see: the researcher's name and lab to the industrial, and the organisation to the
 * researcher unless the need is anonymous. Contacts travel in MATCH_INTRODUCED only.
 */
export function proposedNotices(match: Match, parties: MatchParties, to: Recipients, message: string | null = null): Notice[] {
  const common = { needTitle: parties.need.title, ...optional('message', message) };
  return [
    ...notices(to.INDUSTRIAL, match, NotificationKind.MATCH_PROPOSED, { ...common, ...counterpartOf(parties, MatchSide.INDUSTRIAL) }),
    ...notices(to.RESEARCHER, match, NotificationKind.MATCH_PROPOSED, { ...common, ...counterpartOf(parties, MatchSide.RESEARCHER) }),
  ];
}

/**
 * One side declined: the other side is told the proposal ends, with the same counterpart it was
 * proposed (the researcher and lab; the organisation unless the need is anonymous) — never the
 * reason nor the note, which only the decliner and the staff read (MatchSideView).
 */
export function declinedNotices(match: Match, parties: MatchParties, decliner: MatchSide, to: Recipients): Notice[] {
  const other = decliner === MatchSide.INDUSTRIAL ? MatchSide.RESEARCHER : MatchSide.INDUSTRIAL;
  return notices(to[other], match, NotificationKind.MATCH_DECLINED, { needTitle: parties.need.title, ...counterpartOf(parties, other) });
}

/** What a side may know of the other before the introduction. */
function counterpartOf(parties: MatchParties, recipient: MatchSide): Record<string, string> {
  if (recipient === MatchSide.INDUSTRIAL) {
    return { counterpartName: parties.researcher.fullName, ...optional('counterpartOrganisation', parties.lab?.name) };
  }
  return optional('counterpartName', parties.need.anonymous ? null : parties.organisation.name);
}

export function introducedNotices(match: Match, parties: MatchParties, to: Recipients): Notice[] {
  const cards = contactCards(parties);
  const about = (side: MatchSide) => {
    const card = cards[side];
    return {
      needTitle: parties.need.title,
      counterpartName: card.name,
      counterpartEmail: card.email,
      ...optional('counterpartOrganisation', card.organisation),
      ...optional('counterpartPhone', card.phone),
    };
  };
  return [
    ...notices(to.INDUSTRIAL, match, NotificationKind.MATCH_INTRODUCED, about(MatchSide.RESEARCHER)),
    ...notices(to.RESEARCHER, match, NotificationKind.MATCH_INTRODUCED, about(MatchSide.INDUSTRIAL)),
  ];
}

export function answeredNotices(match: Match, parties: MatchParties, side: MatchSide, staff: string[]): Notice[] {
  const answer = side === MatchSide.INDUSTRIAL ? match.industrialAnswer : match.researcherAnswer;
  const reason = side === MatchSide.INDUSTRIAL ? match.industrialReason : match.researcherReason;
  const note = side === MatchSide.INDUSTRIAL ? match.industrialNote : match.researcherNote;
  return notices(staff, match, NotificationKind.MATCH_ANSWERED, {
    needTitle: parties.need.title,
    researcherName: parties.researcher.fullName,
    side,
    answer: answer ?? '',
    ...optional('reason', reason),
    ...optional('note', note),
  });
}

export function collaborationNotices(match: Match, parties: MatchParties, to: Recipients, title: string, startDate: string): Notice[] {
  const params = { needTitle: parties.need.title, collaborationTitle: title, startDate };
  return notices([...to.INDUSTRIAL, ...to.RESEARCHER], match, NotificationKind.COLLABORATION_STARTED, params);
}

export function closedNotices(match: Match, parties: MatchParties, to: Recipients): Notice[] {
  // The closing note is the staff's own; the sides hear the outcome only.
  const params = { needTitle: parties.need.title, outcome: match.outcome ?? '' };
  return notices([...to.INDUSTRIAL, ...to.RESEARCHER], match, NotificationKind.MATCH_CLOSED, params);
}

function notices(userIds: string[], match: Match, kind: NotificationKind, params: Record<string, string>): Notice[] {
  return userIds.map((userId) => ({ userId, kind, matchId: match.id, needId: match.needId, params }));
}

function optional(key: string, value: string | null | undefined): Record<string, string> {
  return value ? { [key]: value } : {};
}
