import { hash } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { LanguageCode } from '../../apps/api/src/common/language.enum';
import { MembershipStatus, OrganisationKind, Role, Sector, UserStatus } from '../../apps/api/src/members/member.enums';
import { Organisation } from '../../apps/api/src/members/organisation.entity';
import { User } from '../../apps/api/src/members/user.entity';
import { Need } from '../../apps/api/src/needs/need.entity';
import { NeedStatus, NeedVisibility } from '../../apps/api/src/needs/need.enums';
import { Availability } from '../../apps/api/src/profiles/profile.enums';
import { ResearcherProfile } from '../../apps/api/src/profiles/researcher-profile.entity';
import { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery staple';

let freshSerial = 0;
let freshPasswordHash: Promise<string> | undefined;

/** A new active account (password PASSWORD), so that status and role changes do not leak between tests. */
export async function freshUser(db: DataSource, fields: Partial<User> & Pick<User, 'role'>): Promise<User> {
  const n = ++freshSerial;
  freshPasswordHash ??= hash(PASSWORD);
  return db.getRepository(User).save({
    email: `fresh-${n}@test.example`,
    passwordHash: await freshPasswordHash,
    fullName: `Personne fraîche ${n}`,
    phone: null,
    organisationId: null,
    preferredLanguage: LanguageCode.fr,
    status: UserStatus.ACTIVE,
    ...fields,
  });
}

/** A new member company in Agadir. */
export function freshOrganisation(db: DataSource, fields: Partial<Organisation> = {}): Promise<Organisation> {
  return db.getRepository(Organisation).save({
    name: `Entreprise nouvelle n°${++freshSerial}`,
    kind: OrganisationKind.COMPANY,
    sectors: [Sector.AGRIFOOD],
    city: 'Agadir',
    region: 'Souss-Massa',
    size: null,
    description: '',
    website: null,
    membershipStatus: MembershipStatus.ACTIVE,
    ...fields,
  });
}

export type ViewerName =
  | 'admin'
  | 'staff'
  | 'industrialOwner'
  | 'industrialMember'
  | 'industrialLapsed'
  | 'researcherMember'
  | 'researcherLapsed';

export type NeedName =
  | 'public'
  | 'members'
  | 'staffOnly'
  | 'anonymousPublic'
  | 'anonymousMembers'
  | 'anonymousStaffOnly'
  | 'draft'
  | 'archived';

/**
 * A small cluster: an argan cooperative (the owner of every need below), another member company,
 * a company whose membership lapsed, a member lab and a lapsed university, with one user each,
 * plus staff, an admin, a pending sign-up and a suspended account.
 */
export interface World {
  organisations: Record<'owner' | 'member' | 'lapsed' | 'lab' | 'lapsedLab', Organisation>;
  users: Record<ViewerName | 'pending' | 'suspended', User>;
  needs: Record<NeedName, Need>;
  profiles: Record<'researcherMember' | 'researcherLapsed', ResearcherProfile>;
  tokens: Record<ViewerName, string>;
}

export async function buildWorld(app: TestApp): Promise<World> {
  const db = app.db;
  const passwordHash = await hash(PASSWORD);
  const organisations = {
    owner: await organisation(db, 'Coopérative Tifawt Argan', OrganisationKind.COOPERATIVE, MembershipStatus.ACTIVE),
    member: await organisation(db, 'Safran Taliouine SARL', OrganisationKind.COMPANY, MembershipStatus.ACTIVE),
    lapsed: await organisation(db, 'Biscuiterie Atlas', OrganisationKind.COMPANY, MembershipStatus.LAPSED),
    lab: await organisation(db, 'Laboratoire Agro-Ressources Agadir', OrganisationKind.RESEARCH_LAB, MembershipStatus.ACTIVE),
    lapsedLab: await organisation(db, 'Faculté des Sciences Fès', OrganisationKind.UNIVERSITY, MembershipStatus.LAPSED),
  };
  const person = (name: string, role: Role, org: Organisation | null, status = UserStatus.ACTIVE) =>
    user(db, passwordHash, name, role, org, status);
  const users = {
    admin: await person('admin', Role.ADMIN, null),
    staff: await person('staff', Role.STAFF, null),
    industrialOwner: await person('owner', Role.INDUSTRIAL, organisations.owner),
    industrialMember: await person('member', Role.INDUSTRIAL, organisations.member),
    industrialLapsed: await person('lapsed', Role.INDUSTRIAL, organisations.lapsed),
    researcherMember: await person('researcher', Role.RESEARCHER, organisations.lab),
    researcherLapsed: await person('researcher-lapsed', Role.RESEARCHER, organisations.lapsedLab),
    pending: await person('pending', Role.INDUSTRIAL, organisations.member, UserStatus.PENDING),
    suspended: await person('suspended', Role.RESEARCHER, organisations.lab, UserStatus.SUSPENDED),
  };
  const post = (title: string, visibility: NeedVisibility, extra: Partial<Need> = {}) =>
    need(db, organisations.owner, users.industrialOwner, title, visibility, extra);
  const needs = {
    public: await post('Stabilité oxydative de l’huile d’argan', NeedVisibility.PUBLIC),
    members: await post('Valorisation du tourteau d’argan', NeedVisibility.MEMBERS),
    staffOnly: await post('Audit confidentiel de la chaîne de pressage', NeedVisibility.STAFF_ONLY),
    anonymousPublic: await post('تحسين جودة زيت الأركان التجميلي', NeedVisibility.PUBLIC, { anonymous: true }),
    anonymousMembers: await post('Emballage biodégradable pour savon', NeedVisibility.MEMBERS, { anonymous: true }),
    anonymousStaffOnly: await post('Reformulation secrète de crème', NeedVisibility.STAFF_ONLY, { anonymous: true }),
    draft: await post('Brouillon : séchage solaire des feuilles', NeedVisibility.PUBLIC, { status: NeedStatus.DRAFT }),
    archived: await post('Ancien besoin archivé de traçabilité', NeedVisibility.PUBLIC, { archivedAt: new Date() }),
  };
  const profiles = {
    researcherMember: await profile(db, users.researcherMember, 'Chimie des huiles végétales'),
    researcherLapsed: await profile(db, users.researcherLapsed, 'Food packaging and shelf life'),
  };
  const viewers: ViewerName[] = ['admin', 'staff', 'industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'];
  const tokens = Object.fromEntries(
    await Promise.all(viewers.map(async (name) => [name, await app.login(users[name].email, PASSWORD)] as const)),
  ) as Record<ViewerName, string>;
  return { organisations, users, needs, profiles, tokens };
}

function organisation(db: DataSource, name: string, kind: OrganisationKind, membershipStatus: MembershipStatus) {
  return db.getRepository(Organisation).save({
    name,
    kind,
    sectors: [Sector.AGRIFOOD, Sector.COSMETICS],
    city: 'Agadir',
    region: 'Souss-Massa',
    size: null,
    description: `${name}, membre du cluster`,
    website: null,
    membershipStatus,
  });
}

function user(db: DataSource, passwordHash: string, name: string, role: Role, org: Organisation | null, status: UserStatus) {
  return db.getRepository(User).save({
    email: `${name}@test.example`,
    passwordHash,
    fullName: `Test ${name}`,
    phone: '+212 600 00 00 00',
    role,
    organisationId: org?.id ?? null,
    preferredLanguage: LanguageCode.fr,
    status,
  });
}

export function need(db: DataSource, org: Organisation, author: User, title: string, visibility: NeedVisibility, extra: Partial<Need> = {}) {
  return db.getRepository(Need).save({
    organisationId: org.id,
    authorId: author.id,
    title,
    description: `${title} : description détaillée du besoin d'innovation.`,
    language: LanguageCode.fr,
    sector: Sector.COSMETICS,
    keywords: ['argan'],
    trlCurrent: 3,
    trlTarget: 6,
    budgetMinMad: null,
    budgetMaxMad: null,
    deadline: null,
    visibility,
    anonymous: false,
    status: NeedStatus.OPEN,
    ...extra,
  });
}

function profile(db: DataSource, researcher: User, headline: string) {
  return db.getRepository(ResearcherProfile).save({
    userId: researcher.id,
    headline,
    expertise: `${headline} : extraction, analyse et stabilité des produits du terroir.`,
    keywords: ['argan'],
    techniques: ['HPLC'],
    equipment: [],
    publications: [{ title: 'Argan oil oxidative stability', abstract: 'We study…', year: 2021, doi: null }],
    languages: [LanguageCode.fr, LanguageCode.en],
    availability: Availability.AVAILABLE,
    trlMin: 2,
    trlMax: 6,
  });
}
