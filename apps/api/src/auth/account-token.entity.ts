import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AccountTokenPurpose {
  /** "Forgot password": valid one hour. */
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** Staff invite a person to choose their password: valid seven days. */
  INVITATION = 'INVITATION',
}

/**
 * A single-use link sent by e-mail. Only the SHA-256 hash of the token is stored; the token
 * itself is in the e-mail alone (the outbox blanks its copy once sent). Setting a password by
 * any way spends every live token of the user.
 */
@Entity('account_tokens')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar' })
  purpose: AccountTokenPurpose;

  @Column({ name: 'token_hash' })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** Who sent the invitation; null for a reset. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
