import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A create request a client may retry: the key it sent, and what the first attempt created. */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** The mutation, e.g. createNeed. */
  @Column({ type: 'text' })
  operation: string;

  /** sha256 of the request's input: the same key with another input is the client's mistake. */
  @Column({ type: 'text' })
  fingerprint: string;

  @Column({ name: 'result_id', type: 'uuid' })
  resultId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
