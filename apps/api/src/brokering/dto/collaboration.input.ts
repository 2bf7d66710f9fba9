import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsISO8601, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { MilestoneStatus } from '../brokering.enums';
import { TransitionInput } from './transition.input';

@InputType()
export class MilestoneInput {
  @Field()
  @Length(2, 200)
  title: string;

  @Field({ description: 'YYYY-MM-DD, not before the collaboration starts' })
  @MaxLength(10)
  @IsISO8601({ strict: true })
  dueDate: string;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @MaxLength(10)
  @IsISO8601({ strict: true })
  dueDate?: string | null;

  @Field(() => MilestoneStatus, { nullable: true })
  @IsOptional()
  status?: MilestoneStatus | null;
}

@InputType()
export class HallBookingInput {
  @Field({ description: 'YYYY-MM-DD, first day' })
  @MaxLength(10)
  @IsISO8601({ strict: true })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, last day (inclusive)' })
  @MaxLength(10)
  @IsISO8601({ strict: true })
  endsOn: string;

  @Field(() => [ID], { description: 'Equipment of the technology hall catalogue (hallCatalogue), each booked on these days' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  equipmentIds: string[];

  @Field(() => String, { nullable: true, description: 'What it is for (the collaboration title when absent)' })
  @IsOptional()
  @Length(1, 2000)
  note?: string | null;
}

@InputType()
export class StartCollaborationInput extends TransitionInput {
  @Field()
  @Length(4, 200)
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  @MaxLength(10)
  @IsISO8601({ strict: true })
  startDate: string;

  @Field(() => [String], { nullable: true, description: 'Other partners (funders, labs…); the two sides are partners already' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(2, 200, { each: true })
  partners?: string[] | null;

  @Field(() => [MilestoneInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones?: MilestoneInput[] | null;

  @Field(() => HallBookingInput, { nullable: true, description: 'Optional prototyping at the technology hall' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HallBookingInput)
  booking?: HallBookingInput | null;
}
