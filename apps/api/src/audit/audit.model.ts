import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export const MAX_AUDIT_ENTRIES = 100;

@ObjectType({ description: 'Who acted: id and name only' })
export class AuditActor {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;
}

@ObjectType({ description: 'One detail of an audit entry, e.g. from = RESEARCHER, to = STAFF, reason = …' })
export class AuditDetail {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType('AuditEntry', { description: 'One administrative action: who did what, when (staff only)' })
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field({ description: 'A verb in SCREAMING_SNAKE_CASE, e.g. USER_SUSPENDED, ROLE_CHANGED, MEMBERSHIP_CHANGED' })
  action: string;

  @Field()
  subjectType: string;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field(() => AuditActor, { nullable: true, description: 'Null when the platform itself acted' })
  actor: AuditActor | null;

  @Field(() => [AuditDetail])
  details: AuditDetail[];
}

@ArgsType()
export class AuditLogArgs {
  @Field({ description: 'USER, ORGANISATION, …' })
  @Matches(/^[A-Z][A-Z_]{0,39}$/, { message: 'auditSubjectType' })
  subjectType: string;

  @Field(() => ID)
  @IsUUID()
  subjectId: string;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: `1 to ${MAX_AUDIT_ENTRIES}, newest first` })
  @IsOptional()
  @Min(1)
  @Max(MAX_AUDIT_ENTRIES)
  first = 50;
}
