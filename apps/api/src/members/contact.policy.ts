import { isStaff, Viewer } from '../common/viewer';

/** How to reach one person, as an introduction shares it (brokering's ContactCard). */
export interface ContactCardShape {
  name: string;
  organisation: string | null;
  email: string;
  phone: string | null;
}

/**
 * Who may read a person's contact details (e-mail, phone) — one statement of DESIGN.md's rule:
 * "contact details of either side are revealed only by a double opt-in introduction".
 *
 * - On the person's account (User.email, User.phone, wherever a User is reached: me, the users
 *   list, an organisation's people, a need's author, a profile's researcher, an interest's
 *   requester, a match's owner): the person themself and staff. Nobody else, ever — not even the
 *   other side of an introduction, who reads the introduction's contact card instead.
 * - On a match (Match.contacts, both contact cards): staff; and the two sides — whom
 *   brokering's match rule alone lets read the match — once both said yes (`introducedAt`), for
 *   the rest of the match's history. The MATCH_INTRODUCED notification, sent to the two sides at
 *   that moment, carries the same card (brokering-notices.ts builds it with `card`).
 * - At a brokerage event (a participant's contact in the catalogue, a meeting, an agenda): staff,
 *   the participant, and the other side of a meeting request the participant accepted — the same
 *   double opt-in, one request and one acceptance.
 */
export const contactPolicy = {
  /** User.email and User.phone: the person themself and staff. */
  seesAccountContact(viewer: Viewer | undefined, person: { id: string }): boolean {
    return !!viewer && (viewer.id === person.id || isStaff(viewer));
  },

  /** A brokerage-day participant's contact: staff, the participant, the other side of an accepted meeting. */
  seesParticipantContact(viewer: Viewer, participantUserId: string, acceptedCounterparts: ReadonlySet<string>): boolean {
    return isStaff(viewer) || viewer.id === participantUserId || acceptedCounterparts.has(participantUserId);
  },

  /** A match's contact cards, for a viewer who may read the match: staff, or its sides once introduced. */
  seesMatchContacts(viewer: Viewer | undefined, match: { introducedAt: Date | null }): boolean {
    return !!viewer && (isStaff(viewer) || match.introducedAt !== null);
  },

  /** What an introduction shares of one person: name, organisation, e-mail, phone. */
  card(person: { fullName: string; email: string; phone: string | null }, organisation: { name: string } | null): ContactCardShape {
    return { name: person.fullName, organisation: organisation?.name ?? null, email: person.email, phone: person.phone };
  },
};
