import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LanguageCode } from '../common/language.enum';
import { Availability } from './profile.enums';

@ObjectType()
export class Publication {
  @Field()
  title: string;

  @Field()
  abstract: string;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  doi: string | null;
}

@ObjectType({ description: "A researcher's expertise profile; the researcher and their lab are resolved with loaders" })
@Entity('researcher_profiles')
export class ResearcherProfile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Field()
  @Column()
  headline: string;

  @Field()
  @Column({ type: 'text' })
  expertise: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  keywords: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  techniques: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  equipment: string[];

  @Field(() => [Publication])
  @Column({ type: 'jsonb', default: [] })
  publications: Publication[];

  @Field(() => [LanguageCode])
  @Column({ type: 'varchar', array: true, default: '{}' })
  languages: LanguageCode[];

  @Field(() => Availability)
  @Column({ type: 'varchar' })
  availability: Availability;

  @Field(() => Int)
  @Column({ name: 'trl_min', type: 'smallint' })
  trlMin: number;

  @Field(() => Int)
  @Column({ name: 'trl_max', type: 'smallint' })
  trlMax: number;

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
