import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsISO8601, IsOptional, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';
import { EquipmentCategory, EquipmentStatus, HallBookingStatus } from '../hall.enums';

@InputType()
export class EquipmentInput {
  @Field()
  @Length(2, 120)
  name: string;

  @Field(() => EquipmentCategory)
  @IsEnum(EquipmentCategory)
  category: EquipmentCategory;

  @Field({ defaultValue: '' })
  @MaxLength(4000)
  description: string;

  @Field(() => String, { nullable: true, description: 'e.g. "20 L per hour", "batches of 5 kg"' })
  @IsOptional()
  @MaxLength(200)
  capacity?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  rules?: string | null;

  @Field(() => String, { nullable: true, description: 'https address of a photo' })
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  photoUrl?: string | null;

  @Field(() => EquipmentStatus, { defaultValue: EquipmentStatus.AVAILABLE })
  @IsEnum(EquipmentStatus)
  status: EquipmentStatus;
}

@InputType()
export class DaysInput {
  @Field({ description: 'YYYY-MM-DD, first day' })
  @MaxLength(10)
  @IsISO8601({ strict: true })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, last day (inclusive)' })
  @MaxLength(10)
  @IsISO8601({ strict: true })
  endsOn: string;
}

@InputType()
export class MaintenanceInput extends DaysInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class HallBookingRequestInput extends DaysInput {
  @Field(() => ID)
  @IsUUID()
  equipmentId: string;

  @Field({ description: 'What the equipment is needed for (trials, product, quantities…)' })
  @Length(5, 2000)
  purpose: string;

  @Field(() => ID, { nullable: true, description: 'A collaboration the requester is a party of (staff: any)' })
  @IsOptional()
  @IsUUID()
  collaborationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Staff only: the organisation booked for' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@InputType()
export class HallBookingFilter {
  @Field(() => [HallBookingStatus], { nullable: true })
  @IsOptional()
  @IsEnum(HallBookingStatus, { each: true })
  statuses?: HallBookingStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  equipmentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only bookings that end today or later' })
  @IsOptional()
  @IsBoolean()
  upcoming?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Staff: only their own organisation's and their own (what a member sees)" })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}
