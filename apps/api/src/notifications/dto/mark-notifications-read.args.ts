import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../common/connection';

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], {
    nullable: true,
    description: `Omitted or null: all of the viewer's notifications; [] marks none. At most ${MAX_PAGE_SIZE}. Others' ids change nothing.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_PAGE_SIZE)
  @IsUUID('all', { each: true })
  ids?: string[] | null;
}
