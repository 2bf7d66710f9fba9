import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdPipe } from '../common/validation';
import { CurrentViewer, Viewer } from '../common/viewer';
import { RequestAccountDeletionInput } from './dto/request-deletion.input';
import { AccountDeletionRequest, PersonalDataExport, PersonalDataRequestStatus } from './privacy.model';
import { PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => PersonalDataExport, { description: 'Everything Passerelle holds about you, as JSON (right of access)' })
  myPersonalData(@CurrentViewer() viewer: Viewer) {
    return this.privacy.exportMine(viewer);
  }

  @Query(() => PersonalDataExport, { description: 'Staff: the data of the person behind a pending deletion request' })
  personalDataForRequest(@CurrentViewer() viewer: Viewer, @Args('requestId', { type: () => ID }, IdPipe) requestId: string) {
    return this.privacy.exportForRequest(viewer, requestId);
  }

  @Query(() => AccountDeletionRequest, { nullable: true, description: 'Your pending request to delete your account, if any' })
  myAccountDeletionRequest(@CurrentViewer() viewer: Viewer) {
    return this.privacy.myDeletionRequest(viewer);
  }

  @Query(() => [AccountDeletionRequest], { description: 'Staff: deletion requests (pending by default), oldest first' })
  accountDeletionRequests(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => PersonalDataRequestStatus, nullable: true, defaultValue: PersonalDataRequestStatus.PENDING }) status: PersonalDataRequestStatus,
  ) {
    return this.privacy.requests(viewer, status);
  }

  @Mutation(() => AccountDeletionRequest, { description: 'Ask the cluster to delete your account (staff carry it out)' })
  requestAccountDeletion(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => RequestAccountDeletionInput, nullable: true }) input?: RequestAccountDeletionInput | null,
  ) {
    return this.privacy.requestDeletion(viewer, input?.note ?? null);
  }

  @Mutation(() => AccountDeletionRequest, { description: 'Withdraw your pending deletion request' })
  cancelAccountDeletion(@CurrentViewer() viewer: Viewer) {
    return this.privacy.cancelDeletion(viewer);
  }

  @Mutation(() => AccountDeletionRequest, { description: 'Staff: erase the account of a pending request (cannot be undone)' })
  carryOutAccountDeletion(@CurrentViewer() viewer: Viewer, @Args('requestId', { type: () => ID }, IdPipe) requestId: string) {
    return this.privacy.carryOut(viewer, requestId);
  }
}
