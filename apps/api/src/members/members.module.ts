import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { MembersLoader } from './members.loader';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [NotificationsModule],
  providers: [OrganisationsResolver, OrganisationsService, UsersResolver, UsersService, MembersLoader],
  exports: [OrganisationsService, MembersLoader],
})
export class MembersModule {}
