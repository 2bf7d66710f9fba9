import { Module } from '@nestjs/common';
import { Mailer } from './mail-outbox.worker';
import { mailTransportProvider } from './mail-transport';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** In-app notifications and their e-mails; the brokering pipeline calls NotificationsService.notify() in its transactions. */
@Module({
  providers: [NotificationsResolver, NotificationsService, Mailer, mailTransportProvider],
  exports: [NotificationsService, Mailer],
})
export class NotificationsModule {}
