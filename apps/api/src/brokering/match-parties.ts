import { EntityManager, In } from 'typeorm';
import { Viewer } from '../common/viewer';
import { contactPolicy, ContactCardShape } from '../members/contact.policy';
import { Role, STAFF_ROLES, UserStatus } from '../members/member.enums';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { MatchSide } from './brokering.enums';

/** The two sides of a match, as read in the transition's transaction. */
export interface MatchParties {
  need: Need;
  organisation: Organisation;
  /** Who speaks for the need: its author. */
  industrialContact: User;
  profile: ResearcherProfile;
  researcher: User;
  lab: Organisation | null;
}

/** What an introduction shares of one side: members/contact.policy.ts. */
export type { ContactCardShape };

export async function loadParties(manager: EntityManager, needId: string, researcherProfileId: string): Promise<MatchParties> {
  const need = await manager.getRepository(Need).findOneByOrFail({ id: needId });
  const profile = await manager.getRepository(ResearcherProfile).findOneByOrFail({ id: researcherProfileId });
  const users = new Map((await manager.getRepository(User).findBy({ id: In([need.authorId, profile.userId]) })).map((u) => [u.id, u]));
  const researcher = users.get(profile.userId)!;
  const organisationIds = [need.organisationId, ...(researcher.organisationId ? [researcher.organisationId] : [])];
  const organisations = new Map((await manager.getRepository(Organisation).findBy({ id: In(organisationIds) })).map((o) => [o.id, o]));
  return {
    need,
    organisation: organisations.get(need.organisationId)!,
    industrialContact: users.get(need.authorId)!,
    profile,
    researcher,
    lab: researcher.organisationId ? (organisations.get(researcher.organisationId) ?? null) : null,
  };
}

/** The side the viewer speaks for: the need's organisation, or the researcher themself. */
export function sideOf(viewer: Viewer, parties: Pick<MatchParties, 'need' | 'profile'>): MatchSide | null {
  if (viewer.role === Role.INDUSTRIAL && viewer.organisationId === parties.need.organisationId) return MatchSide.INDUSTRIAL;
  if (viewer.role === Role.RESEARCHER && viewer.id === parties.profile.userId) return MatchSide.RESEARCHER;
  return null;
}

/** Both sides' contact cards, as members/contact.policy.ts builds them; who may read them is its `seesMatchContacts`. */
export function contactCards(parties: MatchParties): Record<MatchSide, ContactCardShape> {
  return {
    [MatchSide.INDUSTRIAL]: contactPolicy.card(parties.industrialContact, parties.organisation),
    [MatchSide.RESEARCHER]: contactPolicy.card(parties.researcher, parties.lab),
  };
}

/** Who hears for a side: the need's author, else the organisation's active industrials; the researcher. */
export async function sideRecipients(manager: EntityManager, parties: MatchParties, side: MatchSide): Promise<string[]> {
  if (side === MatchSide.RESEARCHER) return parties.researcher.status === UserStatus.ACTIVE ? [parties.researcher.id] : [];
  if (parties.industrialContact.status === UserStatus.ACTIVE) return [parties.industrialContact.id];
  const colleagues = await manager.getRepository(User).findBy({ organisationId: parties.need.organisationId, role: Role.INDUSTRIAL, status: UserStatus.ACTIVE });
  return colleagues.map((u) => u.id);
}

/** The recipients of each side's news. */
export async function bothSides(manager: EntityManager, parties: MatchParties): Promise<Record<MatchSide, string[]>> {
  return {
    [MatchSide.INDUSTRIAL]: await sideRecipients(manager, parties, MatchSide.INDUSTRIAL),
    [MatchSide.RESEARCHER]: await sideRecipients(manager, parties, MatchSide.RESEARCHER),
  };
}

/** Every active staff member, for news that has no owner yet. */
export async function staffRecipients(manager: EntityManager): Promise<string[]> {
  const staff = await manager.getRepository(User).findBy({ role: In(STAFF_ROLES), status: UserStatus.ACTIVE });
  return staff.map((u) => u.id);
}
