import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, connectionComplexity } from '../common/connection';
import { Language } from '../common/i18n-messages';
import { CurrentViewer, GraphQLContext, Viewer } from '../common/viewer';
import { MarkNotificationsReadArgs } from './dto/mark-notifications-read.args';
import { NotificationsArgs } from './dto/notifications.args';
import { Notification } from './notification.entity';
import { notificationLink, renderNotification } from './notification-templates';
import { NotificationsService } from './notifications.service';

const NotificationConnection = Connection(Notification);

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: "The viewer's own notifications, newest first", complexity: connectionComplexity })
  notifications(@CurrentViewer() viewer: Viewer, @Args() args: NotificationsArgs) {
    return this.service.list(viewer, args.unreadOnly ?? false, args);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer) {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: "Marks the viewer's notifications as read; answers how many remain unread" })
  markNotificationsRead(@CurrentViewer() viewer: Viewer, @Args() args: MarkNotificationsReadArgs) {
    return this.service.markRead(viewer, args.ids ?? null);
  }

  @ResolveField(() => String, { description: "In the reader's language" })
  title(@Parent() notification: Notification, @Context() context: GraphQLContext) {
    return renderNotification(notification.kind, notification.params, readerLanguage(context)).title;
  }

  @ResolveField(() => String, { description: "In the reader's language; may span several lines" })
  body(@Parent() notification: Notification, @Context() context: GraphQLContext) {
    return renderNotification(notification.kind, notification.params, readerLanguage(context)).body;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The web route to open (e.g. /approvals for SIGN_UP_PENDING); null for notifications about a match (see matchId)',
  })
  link(@Parent() notification: Notification) {
    return notificationLink(notification.kind);
  }
}

function readerLanguage(context: GraphQLContext): Language {
  return context.viewer?.language ?? 'fr';
}
