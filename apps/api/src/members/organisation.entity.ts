import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MembershipStatus, OrganisationKind, OrganisationSize, Sector } from './member.enums';

@ObjectType({ description: 'A company, cooperative, start-up, lab, university or support body of the cluster' })
@Entity('organisations')
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @Field(() => OrganisationKind)
  @Column({ type: 'varchar' })
  kind: OrganisationKind;

  @Field(() => [Sector])
  @Column({ type: 'varchar', array: true })
  sectors: Sector[];

  @Field()
  @Column()
  city: string;

  @Field()
  @Column()
  region: string;

  @Field(() => OrganisationSize, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  size: OrganisationSize | null;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  website: string | null;

  @Field(() => MembershipStatus, { description: "Staff and the organisation's own people (organisation.policy.ts); FORBIDDEN for anyone else" })
  @Column({ name: 'membership_status', type: 'varchar' })
  membershipStatus: MembershipStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
