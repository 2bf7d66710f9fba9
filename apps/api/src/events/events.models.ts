import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LanguageCode } from '../common/language.enum';
import { MatchFeature } from '../matching/proposed-match.model';
import { Sector } from '../members/member.enums';
import { MeetingAttendance, MeetingStatus, ParticipantKind, RegistrationStatus } from './events.enums';

@ObjectType({ description: "A participant's e-mail and phone: staff, the participant, and the other side of an accepted meeting" })
export class ParticipantContact {
  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType({ description: 'A registration as the catalogue shows it' })
export class EventParticipant {
  @Field(() => ID)
  id: string;

  /** Not exposed: who the participant is, for the contact rule. */
  userId: string;
  eventId: string;
  availableSlotIds: string[] | null;

  @Field(() => ParticipantKind)
  kind: ParticipantKind;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => [Sector])
  sectors: Sector[];

  @Field({ description: 'What they offer at this event' })
  offer: string;

  @Field({ description: 'What they seek at this event' })
  seek: string;

  @Field(() => [LanguageCode])
  languages: LanguageCode[];

  @Field(() => RegistrationStatus)
  status: RegistrationStatus;

  @Field()
  registeredAt: Date;
}

@ObjectType({ description: 'A participant the matcher suggests the viewer meets, and why' })
export class SuggestedMeeting {
  @Field(() => EventParticipant)
  participant: EventParticipant;

  @Field(() => Float)
  score: number;

  @Field(() => [String], { description: "Why meet: sentences in the viewer's language, strongest evidence first" })
  reasons: string[];

  @Field(() => [MatchFeature])
  features: MatchFeature[];

  @Field(() => MeetingStatus, { nullable: true, description: 'A live request between the two already exists (PENDING or ACCEPTED)' })
  requestStatus: MeetingStatus | null;
}

@ObjectType({ description: 'A meeting request; once accepted, a meeting (placed in a slot at a table when scheduled)' })
export class EventMeetingView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  eventId: string;

  @Field(() => EventParticipant)
  requester: EventParticipant;

  @Field(() => EventParticipant)
  recipient: EventParticipant;

  @Field({ description: 'The request message: both sides and staff' })
  message: string;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Why it was declined (optional)' })
  declineReason: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  @Field(() => Date, { nullable: true })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt: Date | null;

  @Field(() => ID, { nullable: true })
  slotId: string | null;

  @Field(() => ID, { nullable: true })
  tableId: string | null;

  @Field(() => String, { nullable: true })
  tableName: string | null;

  @Field({ description: 'Placed by staff by hand' })
  pinned: boolean;

  @Field(() => String, { nullable: true, description: 'Why the last "schedule all" could not place it' })
  unplacedReason: string | null;

  @Field(() => ID, { nullable: true, description: 'Another slot one side proposed (the two sides and staff)' })
  proposedSlotId: string | null;

  @Field(() => ID, { nullable: true, description: 'The participant who proposed it' })
  proposedById: string | null;

  @Field(() => MeetingAttendance, { nullable: true })
  attendance: MeetingAttendance | null;

  @Field(() => Boolean, { nullable: true, description: "The viewer's own follow-up note (participants); null when not given" })
  myFollowUp: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Staff: the requester thinks it is worth continuing' })
  requesterFollowUp: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Staff: the recipient thinks it is worth continuing' })
  recipientFollowUp: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Staff: the pipeline match made from this meeting' })
  matchId: string | null;

  @Field()
  createdAt: Date;

  /** Internal. */
  requesterUserId: string;
  recipientUserId: string;
}

@ObjectType()
export class UnplacedMeetingView {
  @Field(() => ID)
  meetingId: string;

  @Field({ description: 'NO_COMMON_AVAILABILITY, PARTICIPANT_FULL, PARTICIPANTS_BUSY, NO_TABLE or INVALID_MEETING' })
  reason: string;
}

@ObjectType({ description: 'What "schedule all" did' })
export class ScheduleRunResult {
  @Field(() => Int)
  meetings: number;

  @Field(() => Int)
  placed: number;

  @Field(() => Int, { nullable: true, description: 'Proven upper bound of meetings placeable' })
  upperBound: number | null;

  @Field(() => [UnplacedMeetingView])
  unplaced: UnplacedMeetingView[];
}

@ObjectType({ description: 'Event figures (staff)' })
export class EventKpis {
  @Field(() => Int)
  registrations: number;

  @Field(() => Int)
  requests: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Int)
  expired: number;

  @Field(() => Int)
  scheduled: number;

  @Field(() => Int)
  held: number;

  @Field(() => Int)
  noShows: number;

  @Field(() => Int, { description: 'Pipeline matches created from held meetings (a meeting linked to a match that already existed does not count)' })
  matches: number;

  @Field(() => Int, { description: 'Collaborations started from those matches' })
  collaborations: number;
}

@ObjectType({ description: 'Text pre-filled in the registration form, from the member’s needs or researcher profile' })
export class RegistrationDefaults {
  @Field()
  offer: string;

  @Field()
  seek: string;

  @Field(() => [LanguageCode])
  languages: LanguageCode[];
}

@ObjectType({ description: 'A need of the industrial side, to turn a meeting into a match' })
export class MeetingNeedOption {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}
