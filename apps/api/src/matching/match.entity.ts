import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MatchFeature } from './proposed-match.model';

/** A need–researcher pair kept by staff; the brokering pipeline starts here (SUGGESTED). */
@Entity('matches')
export class Match {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  @Column({ name: 'researcher_profile_id', type: 'uuid' })
  researcherProfileId: string;

  @Column({ type: 'varchar' })
  status: 'SUGGESTED';

  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'jsonb' })
  features: MatchFeature[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
