import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LanguageCode } from '../common/language.enum';
import { EmailStatus } from './notification.enums';

/** An e-mail to send, rendered when queued (in the same transaction as its notification), drained by the Mailer. */
@Entity('email_outbox')
export class EmailOutboxEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** Null for an e-mail that is not a notification's (a password reset or an invitation). */
  @Column({ name: 'notification_id', type: 'uuid', nullable: true })
  notificationId: string | null;

  @Column({ name: 'to_address', type: 'varchar' })
  toAddress: string;

  @Column({ type: 'varchar' })
  language: LanguageCode;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  /** The text carries a secret (a single-use link): blanked once the e-mail is SENT or DEAD. */
  @Column({ name: 'contains_secret', type: 'boolean', default: false })
  containsSecret: boolean;

  @Column({ type: 'varchar', default: EmailStatus.PENDING })
  status: EmailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
