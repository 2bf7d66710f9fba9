import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Prototyping time in the cluster's technology hall, with the equipment it ties up. */
@ObjectType()
@Entity('hall_bookings')
export class HallBooking {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'collaboration_id', type: 'uuid' })
  collaborationId: string;

  @Field({ description: 'YYYY-MM-DD, first day' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, last day (inclusive)' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  equipment: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
