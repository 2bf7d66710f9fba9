import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MilestoneStatus } from './brokering.enums';

/** A dated step of a collaboration. */
@ObjectType()
@Entity('milestones')
export class Milestone {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'collaboration_id', type: 'uuid' })
  collaborationId: string;

  @Field()
  @Column()
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Field(() => MilestoneStatus)
  @Column({ type: 'varchar' })
  status: MilestoneStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
