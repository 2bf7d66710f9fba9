import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConnectionShape, PageArgs, paginate } from '../common/connection';
import { LanguageCode } from '../common/language.enum';
import { Viewer } from '../common/viewer';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { UserStatus } from '../members/member.enums';
import { EmailOutboxEntry } from './email-outbox-entry.entity';
import { NotificationKind, NOTIFICATION_KINDS } from './notification.enums';
import { renderEmail, RenderedEmail } from './notification-email';
import { notificationLink } from './notification-templates';
import { Notification } from './notification.entity';
import { notificationPolicy } from './notification.policy';

export interface Notice {
  /** The recipient. */
  userId: string;
  kind: NotificationKind;
  matchId?: string | null;
  needId?: string | null;
  /** Only what the recipient may see; the caller decides. See notification-templates.ts for each kind's params. */
  params: Record<string, string>;
}

/** An e-mail that is not a notification's: a password reset or an invitation, rendered by the caller. */
export interface AccountEmail extends RenderedEmail {
  to: string;
  language: LanguageCode;
  /** It carries a single-use link: the outbox drops its text once sent or given up. */
  containsSecret: boolean;
}

interface Recipient {
  id: string;
  email: string;
  fullName: string;
  language: LanguageCode;
  status: UserStatus;
}

/** Rows per INSERT statement (Postgres allows 65,535 parameters per statement). */
const INSERT_CHUNK = 500;

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Writes in-app notifications and queues their e-mails in the caller's transaction: both
   * exist if and only if it commits. Sending is the Mailer's job, so a mail server that is
   * down never fails the caller. E-mails go to ACTIVE users only, in their preferred language.
   */
  async notify(manager: EntityManager, notices: Notice[]): Promise<void> {
    if (!notices.length) return;
    notices.forEach(assertWellFormed);
    const recipients = await recipientsOf(manager, notices);
    const { identifiers } = await manager.getRepository(Notification).insert(
      notices.map((notice) => ({
        userId: notice.userId,
        kind: notice.kind,
        params: stringsOnly(notice.params),
        matchId: notice.matchId ?? null,
        needId: notice.needId ?? null,
      })),
    );
    const emails = notices.flatMap((notice, i) => {
      const recipient = recipients.get(notice.userId)!;
      if (recipient.status !== UserStatus.ACTIVE) return [];
      const link = notificationLink(notice.kind);
      const email = renderEmail(notice.kind, stringsOnly(notice.params), recipient.language, recipient.fullName, link && `${this.config.publicUrl}${link}`);
      return [{ notificationId: identifiers[i].id as string, toAddress: recipient.email, language: recipient.language, ...email }];
    });
    if (emails.length) await manager.getRepository(EmailOutboxEntry).insert(emails);
  }

  /** Queues e-mails that belong to no notification, in the caller's transaction (sent by the Mailer once it commits). */
  async queueEmails(manager: EntityManager, emails: AccountEmail[]): Promise<void> {
    for (let i = 0; i < emails.length; i += INSERT_CHUNK) {
      await manager.getRepository(EmailOutboxEntry).insert(
        emails.slice(i, i + INSERT_CHUNK).map(({ to, ...email }) => ({ notificationId: null, toAddress: to, ...email })),
      );
    }
  }

  /** The viewer's own notifications, newest first (notification.policy.ts). */
  list(viewer: Viewer, unreadOnly: boolean, page: PageArgs): Promise<ConnectionShape<Notification>> {
    const query = this.db.getRepository(Notification).createQueryBuilder('n').where(notificationPolicy.visibleTo(viewer, 'n'));
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(query, page);
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const own = notificationPolicy.visibleToSql(viewer, 'user_id', 1);
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM notifications WHERE ${own.sql} AND read_at IS NULL`, own.params);
    return count;
  }

  /**
   * Marks the viewer's notifications among `ids` as read (all of them when `ids` is null).
   * Ids of other users' notifications match nothing, exactly like unknown ids, so they leak
   * nothing. Answers the viewer's unread count afterwards.
   */
  async markRead(viewer: Viewer, ids: string[] | null): Promise<number> {
    const own = notificationPolicy.visibleToSql(viewer, 'user_id', 1);
    await this.db.query(
      `UPDATE notifications SET read_at = now()
       WHERE ${own.sql} AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [...own.params, ids],
    );
    return this.unreadCount(viewer);
  }
}

/** A mistake of the calling code, not of a user: fail loudly, inside the caller's transaction. */
function assertWellFormed(notice: Notice): void {
  if (!NOTIFICATION_KINDS.includes(notice.kind)) throw new Error(`notify: unknown notification kind ${String(notice.kind)}`);
  if (typeof notice.userId !== 'string' || !notice.userId) throw new Error('notify: a notice needs a userId');
}

/** Read through the caller's manager, so a user created or changed in its transaction is seen as it is there. */
async function recipientsOf(manager: EntityManager, notices: Notice[]): Promise<Map<string, Recipient>> {
  const ids = [...new Set(notices.map((notice) => notice.userId))];
  const rows: Recipient[] = await manager.query(
    `SELECT id, email, full_name AS "fullName", preferred_language AS language, status FROM users WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const recipients = new Map(rows.map((row) => [row.id, row]));
  const unknown = ids.filter((id) => !recipients.has(id));
  if (unknown.length) throw new Error(`notify: no user with id ${unknown.join(', ')}`);
  return recipients;
}

function stringsOnly(params: Record<string, unknown> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(params ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
