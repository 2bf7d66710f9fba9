import { InputType, OmitType, PartialType } from '@nestjs/graphql';
import { CreateNeedInput } from './create-need.input';

@InputType()
export class UpdateNeedInput extends PartialType(OmitType(CreateNeedInput, ['organisationId'] as const)) {}
