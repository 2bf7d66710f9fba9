import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Why a refresh token stopped working. Only a ROTATED one (or one revoked before reasons were kept) presented again means it leaked. */
export enum RevokedReason {
  /** Spent by refreshToken: its successor is live. */
  ROTATED = 'ROTATED',
  /** Ended because a spent token was presented again. */
  REPLAYED = 'REPLAYED',
  /** logout or signOutEverywhere. */
  SIGNED_OUT = 'SIGNED_OUT',
  /** The password was reset or changed. */
  PASSWORD = 'PASSWORD',
}

/** A refresh token is stored only as its SHA-256 hash; it is rotated on every use. */
@Entity('refresh_tokens')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'token_hash' })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'varchar', nullable: true })
  revokedReason: RevokedReason | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
