import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type GlossaryStatus = 'ACTIVE' | 'RETIRED' | 'MERGED';
export type GlossarySource = 'STAFF' | 'STARTER' | 'IMPORT';
export const GLOSSARY_CATEGORIES = ['product', 'by-product', 'process', 'cosmetic', 'quality'] as const;

/** A concept the cluster's staff add to the thesaurus (or more labels of an AGROVOC concept). */
@Entity('glossary_entries')
export class GlossaryEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable concept code ("g_amlou"): what search documents and facets carry. */
  @Column({ type: 'varchar', length: 80, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  category: string | null;

  @Column({ name: 'labels_fr', type: 'text', array: true, default: () => "'{}'" })
  labelsFr: string[];

  @Column({ name: 'labels_ar', type: 'text', array: true, default: () => "'{}'" })
  labelsAr: string[];

  @Column({ name: 'labels_en', type: 'text', array: true, default: () => "'{}'" })
  labelsEn: string[];

  /** Darija, transliterations, alternative spellings. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  variants: string[];

  /** An AGROVOC concept this entry adds labels to. */
  @Column({ name: 'extends_code', type: 'varchar', length: 80, nullable: true })
  extendsCode: string | null;

  /** Broader concepts of a new concept (AGROVOC or glossary codes). */
  @Column({ name: 'broader_codes', type: 'text', array: true, default: () => "'{}'" })
  broaderCodes: string[];

  @Column({ type: 'text', nullable: true })
  definition: string | null;

  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status: GlossaryStatus;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ type: 'varchar', length: 10, default: 'STAFF' })
  source: GlossarySource;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
