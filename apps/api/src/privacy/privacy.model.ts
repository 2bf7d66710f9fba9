import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../members/member.enums';

export enum PersonalDataRequestStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PersonalDataRequestStatus, { name: 'PersonalDataRequestStatus' });

@ObjectType({ description: 'Everything Passerelle holds about one person, as a JSON document (Law 09-08: right of access)' })
export class PersonalDataExport {
  @Field({ description: 'A file name for the download' })
  fileName: string;

  @Field({ description: 'The JSON document' })
  json: string;

  @Field()
  generatedAt: Date;
}

@ObjectType({ description: 'Who asked: for the person themself and staff (after erasure: the anonymised account)' })
export class DeletionRequestPerson {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true })
  organisationName: string | null;
}

@ObjectType({ description: 'A request to delete an account, carried out by staff' })
export class AccountDeletionRequest {
  @Field(() => ID)
  id: string;

  @Field(() => PersonalDataRequestStatus)
  status: PersonalDataRequestStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  handledAt: Date | null;

  @Field(() => DeletionRequestPerson)
  person: DeletionRequestPerson;
}
