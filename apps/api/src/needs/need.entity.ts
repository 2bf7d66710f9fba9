import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { LanguageCode } from '../common/language.enum';
import { Sector } from '../members/member.enums';
import { NeedStatus, NeedVisibility } from './need.enums';

/** An innovation need; its organisation and author are resolved in needs.resolver.ts, anonymity permitting. */
@ObjectType()
@Entity('needs')
export class Need {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field(() => LanguageCode)
  @Column({ type: 'varchar' })
  language: LanguageCode;

  @Field(() => Sector)
  @Column({ type: 'varchar' })
  sector: Sector;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  keywords: string[];

  @Field(() => Int)
  @Column({ name: 'trl_current', type: 'smallint' })
  trlCurrent: number;

  @Field(() => Int)
  @Column({ name: 'trl_target', type: 'smallint' })
  trlTarget: number;

  @Field(() => Int, { nullable: true, description: 'Moroccan dirhams' })
  @Column({ name: 'budget_min_mad', type: 'integer', nullable: true })
  budgetMinMad: number | null;

  @Field(() => Int, { nullable: true, description: 'Moroccan dirhams' })
  @Column({ name: 'budget_max_mad', type: 'integer', nullable: true })
  budgetMaxMad: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Field(() => NeedVisibility)
  @Column({ type: 'varchar' })
  visibility: NeedVisibility;

  @Field({ description: 'The organisation and author are hidden from other members until an introduction' })
  @Column({ default: false })
  anonymous: boolean;

  @Field(() => NeedStatus)
  @Column({ type: 'varchar' })
  status: NeedStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
