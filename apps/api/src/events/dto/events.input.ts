import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsIn, IsInt, IsISO8601, IsOptional, IsUrl, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { LanguageCode } from '../../common/language.enum';
import { EventStatus, MeetingAttendance, MeetingRequestMode } from '../events.enums';

@InputType()
export class EventInput {
  @Field()
  @Length(3, 200)
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(8000)
  description: string;

  @Field({ description: 'YYYY-MM-DD' })
  @MaxLength(10)
  @IsISO8601({ strict: true })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD (inclusive)' })
  @MaxLength(10)
  @IsISO8601({ strict: true })
  endsOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  venue?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  online: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  onlineUrl?: string | null;

  @Field()
  @IsDate()
  registrationOpensAt: Date;

  @Field()
  @IsDate()
  registrationClosesAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(5)
  @Max(180)
  meetingMinutes: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity?: number | null;

  @Field(() => MeetingRequestMode, { defaultValue: MeetingRequestMode.OPT_IN })
  @IsEnum(MeetingRequestMode)
  requestMode: MeetingRequestMode;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  requestsExpireAt?: Date | null;

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(200)
  maxRequests: number;
}

@InputType()
export class SessionInput {
  @Field()
  @Length(1, 120)
  name: string;

  @Field()
  @IsDate()
  startsAt: Date;

  @Field()
  @IsDate()
  endsAt: Date;

  @Field(() => Int, { defaultValue: 0, description: 'Minutes between two meetings' })
  @IsInt()
  @Min(0)
  @Max(120)
  breakMinutes: number;
}

@InputType()
export class TablesInput {
  @Field(() => Int, { nullable: true, description: 'Numbered tables "Table 1"…; or give names' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  count?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @Length(1, 60, { each: true })
  names?: string[] | null;
}

@InputType()
export class RegistrationInput {
  @Field({ defaultValue: '' })
  @MaxLength(4000)
  offer: string;

  @Field({ defaultValue: '' })
  @MaxLength(4000)
  seek: string;

  @Field(() => [LanguageCode], { defaultValue: [] })
  @ArrayMaxSize(3)
  @IsEnum(LanguageCode, { each: true })
  languages: LanguageCode[];

  @Field(() => [ID], { nullable: true, description: 'Slots in which the participant can meet; null: all' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  availableSlotIds?: string[] | null;
}

@InputType()
export class ParticipantFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'INDUSTRIAL or RESEARCHER' })
  @IsOptional()
  @IsIn(['INDUSTRIAL', 'RESEARCHER'])
  kind?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  sector?: string | null;

  @Field(() => LanguageCode, { nullable: true })
  @IsOptional()
  @IsEnum(LanguageCode)
  language?: LanguageCode | null;
}

@InputType()
export class EventStatusInput {
  @Field(() => EventStatus)
  @IsEnum(EventStatus)
  status: EventStatus;
}

@InputType()
export class MoveMeetingInput {
  @Field(() => ID)
  @IsUUID()
  slotId: string;

  @Field(() => ID)
  @IsUUID()
  tableId: string;
}

@InputType()
export class AttendanceInput {
  @Field(() => MeetingAttendance)
  @IsEnum(MeetingAttendance)
  attendance: MeetingAttendance;
}

@InputType()
export class MeetingRequestInput {
  @Field(() => ID)
  @IsUUID()
  recipientId: string;

  @Field({ defaultValue: '' })
  @MaxLength(1000)
  message: string;
}

@InputType()
export class AnswerMeetingInput {
  @Field()
  @IsBoolean()
  accept: boolean;

  @Field(() => String, { nullable: true, description: 'Why not (optional, declining only)' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}
