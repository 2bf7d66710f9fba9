import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { PageArgs } from '../../common/connection';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Only the unread ones' })
  @IsOptional()
  unreadOnly: boolean = false;
}
