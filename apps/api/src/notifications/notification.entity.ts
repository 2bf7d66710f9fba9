import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from './notification.enums';

/**
 * Something that happened, for one user. Its title and body are rendered when read, in the
 * reader's language (notifications.resolver.ts); the params they are made from stay private.
 */
@ObjectType()
@Entity('notifications')
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Field(() => NotificationKind)
  @Column({ type: 'varchar' })
  kind: NotificationKind;

  /** Only what the recipient may see, chosen by the caller of notify(). */
  @Column({ type: 'jsonb' })
  params: Record<string, string>;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'match_id', type: 'uuid', nullable: true })
  matchId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'need_id', type: 'uuid', nullable: true })
  needId: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while unread' })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
