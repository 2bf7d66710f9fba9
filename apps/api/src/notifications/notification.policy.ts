import { Brackets } from 'typeorm';
import { Viewer } from '../common/viewer';

/**
 * Who may read a notification, and mark it read — one statement of the rule: its recipient, and
 * nobody else. Staff and admins included: DESIGN.md gives nobody the right to read another
 * person's notifications (a personal-data request is answered by the privacy module's export,
 * not through these paths). Another person's notification behaves exactly like an unknown one:
 * absent from lists and counts, and marking it read changes nothing.
 *
 * What a notification says is decided when it is written (the notices of each module pass only
 * what the recipient may see; see NotificationsService.notify).
 */
export const notificationPolicy = {
  /** The rule as SQL on the notifications table aliased `alias`; the parameter is `nv_recipient`. */
  visibleTo(viewer: Viewer, alias: string): Brackets {
    return new Brackets((where) => where.where(`${alias}.user_id = :nv_recipient`, { nv_recipient: viewer.id }));
  },

  /** The same rule for hand-written SQL: the condition on `column`, with the viewer's id as parameter `$index`. */
  visibleToSql(viewer: Viewer, column: string, index: number): { sql: string; params: unknown[] } {
    return { sql: `${column} = $${index}`, params: [viewer.id] };
  },

  /** The same rule on a loaded notification. */
  maySee(viewer: Viewer | undefined, notification: { userId: string }): boolean {
    return !!viewer && viewer.id === notification.userId;
  },
};
