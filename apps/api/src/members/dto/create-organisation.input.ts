import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsNotEmpty, IsOptional, IsUrl, Length, MaxLength } from 'class-validator';
import { OrganisationKind, OrganisationSize, Sector } from '../member.enums';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @Length(2, 200)
  name: string;

  @Field(() => OrganisationKind)
  @IsNotEmpty()
  kind: OrganisationKind;

  @Field(() => [Sector])
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  sectors: Sector[];

  @Field()
  @Length(2, 100)
  city: string;

  @Field()
  @Length(2, 100)
  region: string;

  @Field(() => OrganisationSize, { nullable: true })
  @IsOptional()
  size?: OrganisationSize | null;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string | null;
}
