/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyAccount {\n    me {\n      id\n      fullName\n      email\n      phone\n      role\n      preferredLanguage\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation UpdateMyAccount($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      fullName\n      phone\n      preferredLanguage\n    }\n  }\n": typeof types.UpdateMyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      fullName\n      organisationName\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation InviteImportedMembers {\n    inviteMembers {\n      invited\n      skipped\n    }\n  }\n": typeof types.InviteImportedMembersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      fullName\n      email\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  query SignUpOrganisations($query: String, $first: Int) {\n    signUpOrganisations(query: $query, first: $first) {\n      id\n      name\n      kind\n      city\n    }\n  }\n": typeof types.SignUpOrganisationsDocument,
    "\n  query PendingSignUps($first: Int!) {\n    users(filter: { status: PENDING }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          email\n          phone\n          role\n          preferredLanguage\n          createdAt\n          organisation {\n            id\n            name\n            kind\n            city\n            region\n            membershipStatus\n            sectors\n            size\n            website\n            description\n          }\n        }\n      }\n    }\n  }\n": typeof types.PendingSignUpsDocument,
    "\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveUserDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      userId\n      status\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.SignOutDocument,
    "\n  mutation AnswerMatch($id: ID!, $input: AnswerMatchInput!) {\n    answerMatch(id: $id, input: $input) {\n      ...MyMatchFields\n    }\n  }\n": typeof types.AnswerMatchDocument,
    "\n  mutation StartCollaboration($matchId: ID!, $input: StartCollaborationInput!) {\n    startCollaboration(matchId: $matchId, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": typeof types.StartCollaborationDocument,
    "\n  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    updateMilestone(id: $id, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  mutation AddMilestone($collaborationId: ID!, $input: MilestoneInput!) {\n    addMilestone(collaborationId: $collaborationId, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  query HallEquipmentChoice {\n    hallCatalogue {\n      id\n      name\n      category\n    }\n  }\n": typeof types.HallEquipmentChoiceDocument,
    "\n  fragment CollaborationFields on Collaboration {\n    id\n    title\n    startDate\n    partners\n    milestones {\n      id\n      title\n      dueDate\n      status\n    }\n    bookings {\n      id\n      startsOn\n      endsOn\n      status\n      purpose\n      equipment {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CollaborationFieldsFragmentDoc,
    "\n  query Interests {\n    interests(status: OPEN, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          message\n          createdAt\n          requestedBy {\n            id\n            fullName\n          }\n          need {\n            id\n            title\n            language\n          }\n          researcher {\n            id\n            researcher {\n              id\n              fullName\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InterestsDocument,
    "\n  mutation ConvertInterest($id: ID!) {\n    convertInterest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ConvertInterestDocument,
    "\n  mutation DismissInterest($id: ID!) {\n    dismissInterest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DismissInterestDocument,
    "\n  mutation ShortlistMatch($id: ID!, $input: TransitionInput) {\n    shortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": typeof types.ShortlistMatchDocument,
    "\n  mutation UnshortlistMatch($id: ID!, $input: TransitionInput) {\n    unshortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": typeof types.UnshortlistMatchDocument,
    "\n  mutation ProposeMatch($id: ID!, $input: TransitionInput, $message: String) {\n    proposeMatch(id: $id, input: $input, message: $message) {\n      id\n      status\n      version\n      statusChangedAt\n      proposedAt\n    }\n  }\n": typeof types.ProposeMatchDocument,
    "\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      outcome\n      closedAt\n    }\n  }\n": typeof types.CloseMatchDocument,
    "\n  query MatchDetail($id: ID!) {\n    match(id: $id) {\n      id\n      status\n      version\n      outcome\n      outcomeNote\n      createdAt\n      need {\n        id\n        title\n        language\n        sector\n        organisation {\n          id\n          name\n        }\n      }\n      researcher {\n        id\n        headline\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      owner {\n        id\n        fullName\n      }\n      ...MatchSidesFields\n      timeline {\n        id\n        event\n        fromStatus\n        toStatus\n        note\n        createdAt\n        actor {\n          id\n          fullName\n        }\n      }\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n": typeof types.MatchDetailDocument,
    "\n  mutation AddMatchNote($id: ID!, $note: String!) {\n    addMatchNote(id: $id, note: $note) {\n      id\n      version\n    }\n  }\n": typeof types.AddMatchNoteDocument,
    "\n  fragment MatchSidesFields on Match {\n    industrialSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    researcherSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    contacts {\n      industrial {\n        name\n        organisation\n        email\n        phone\n      }\n      researcher {\n        name\n        organisation\n        email\n        phone\n      }\n    }\n  }\n": typeof types.MatchSidesFieldsFragmentDoc,
    "\n  fragment MyMatchFields on Match {\n    id\n    status\n    version\n    proposedAt\n    need {\n      id\n      title\n      language\n      sector\n      organisation {\n        id\n        name\n        city\n      }\n    }\n    researcher {\n      id\n      headline\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    ...MatchSidesFields\n  }\n": typeof types.MyMatchFieldsFragmentDoc,
    "\n  query MyMatch($id: ID!) {\n    match(id: $id) {\n      ...MyMatchFields\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n": typeof types.MyMatchDocument,
    "\n  query MyMatches {\n    myMatches(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...MyMatchFields\n        }\n      }\n    }\n  }\n": typeof types.MyMatchesDocument,
    "\n  query PipelineCounts($filter: PipelineFilter) {\n    pipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n": typeof types.PipelineCountsDocument,
    "\n  query PipelineColumn($filter: PipelineFilter!, $first: Int!, $after: String) {\n    pipeline(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PipelineCardFields\n        }\n      }\n    }\n  }\n": typeof types.PipelineColumnDocument,
    "\n  fragment PipelineCardFields on Match {\n    id\n    status\n    version\n    statusChangedAt\n    need {\n      id\n      title\n      language\n      sector\n    }\n    researcher {\n      id\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    owner {\n      id\n      fullName\n    }\n  }\n": typeof types.PipelineCardFieldsFragmentDoc,
    "\n  query DetectConcepts($text: String!) {\n    detectConcepts(text: $text) {\n      code\n      label\n      matched\n    }\n  }\n": typeof types.DetectConceptsDocument,
    "\n  mutation CancelEventMeeting($id: ID!) {\n    cancelEventMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelEventMeetingDocument,
    "\n  mutation CreateBrokerageEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateBrokerageEventDocument,
    "\n  mutation UpdateBrokerageEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      capacity\n      requestMode\n      requestsExpireAt\n      maxRequests\n    }\n  }\n": typeof types.UpdateBrokerageEventDocument,
    "\n  query EventManage($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      capacity\n      requestMode\n      requestsExpireAt\n      maxRequests\n      participantCount\n      sessions {\n        id\n        name\n        startsAt\n        endsAt\n        breakMinutes\n      }\n      slots {\n        id\n        sessionId\n        startsAt\n        endsAt\n      }\n      tables {\n        id\n        name\n      }\n      participants {\n        id\n        kind\n        fullName\n        organisationName\n        languages\n        status\n        registeredAt\n        contact {\n          email\n          phone\n        }\n      }\n    }\n    eventMeetings(eventId: $id) {\n      id\n      status\n      message\n      declineReason\n      createdAt\n      startsAt\n      endsAt\n      slotId\n      tableId\n      tableName\n      pinned\n      unplacedReason\n      proposedSlotId\n      attendance\n      requesterFollowUp\n      recipientFollowUp\n      matchId\n      requester {\n        id\n        kind\n        fullName\n        organisationName\n      }\n      recipient {\n        id\n        kind\n        fullName\n        organisationName\n      }\n    }\n    eventKpis(eventId: $id) {\n      registrations\n      requests\n      accepted\n      declined\n      expired\n      scheduled\n      held\n      noShows\n      matches\n      collaborations\n    }\n  }\n": typeof types.EventManageDocument,
    "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registrationOpen\n      meetingMinutes\n      requestMode\n      requestsExpireAt\n      participantCount\n      slots {\n        id\n        startsAt\n        endsAt\n      }\n      myRegistration {\n        id\n        status\n        offer\n        seek\n        languages\n        availableSlotIds\n      }\n    }\n  }\n": typeof types.EventDetailDocument,
    "\n  query BrokerageEvents {\n    events {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      participantCount\n      myRegistration {\n        id\n        status\n      }\n    }\n  }\n": typeof types.BrokerageEventsDocument,
    "\n  mutation RemoveEventSession($id: ID!) {\n    removeEventSession(id: $id)\n  }\n": typeof types.RemoveEventSessionDocument,
    "\n  mutation SetEventStatus($id: ID!, $input: EventStatusInput!) {\n    setEventStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SetEventStatusDocument,
    "\n  mutation MoveEventMeeting($id: ID!, $input: MoveMeetingInput!) {\n    moveEventMeeting(id: $id, input: $input) {\n      id\n      slotId\n      tableId\n    }\n  }\n": typeof types.MoveEventMeetingDocument,
    "\n  mutation MarkEventMeeting($id: ID!, $input: AttendanceInput!) {\n    markEventMeeting(id: $id, input: $input) {\n      id\n      attendance\n    }\n  }\n": typeof types.MarkEventMeetingDocument,
    "\n  mutation ApplyEventMeetingProposal($id: ID!) {\n    applyEventMeetingProposal(id: $id) {\n      id\n      slotId\n      tableId\n      proposedSlotId\n    }\n  }\n": typeof types.ApplyEventMeetingProposalDocument,
    "\n  query EventMeetingNeeds($id: ID!) {\n    eventMeetingNeeds(meetingId: $id) {\n      id\n      title\n    }\n  }\n": typeof types.EventMeetingNeedsDocument,
    "\n  mutation ConvertEventMeetingToMatch($id: ID!, $needId: ID!) {\n    convertEventMeetingToMatch(id: $id, needId: $needId) {\n      id\n      matchId\n    }\n  }\n": typeof types.ConvertEventMeetingToMatchDocument,
    "\n  mutation ScheduleEvent($id: ID!) {\n    scheduleEvent(eventId: $id) {\n      meetings\n      placed\n      upperBound\n      unplaced {\n        meetingId\n        reason\n      }\n    }\n  }\n": typeof types.ScheduleEventDocument,
    "\n  mutation SendEventAgendas($id: ID!) {\n    sendEventAgendas(eventId: $id)\n  }\n": typeof types.SendEventAgendasDocument,
    "\n  mutation AddEventSession($eventId: ID!, $input: SessionInput!) {\n    addEventSession(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddEventSessionDocument,
    "\n  mutation SetEventTables($eventId: ID!, $input: TablesInput!) {\n    setEventTables(eventId: $eventId, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SetEventTablesDocument,
    "\n  query EventParticipants($id: ID!, $filter: ParticipantFilter) {\n    event(id: $id) {\n      id\n      participants(filter: $filter) {\n        id\n        kind\n        fullName\n        organisationName\n        city\n        sectors\n        offer\n        seek\n        languages\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n": typeof types.EventParticipantsDocument,
    "\n  query EventSuggestions($id: ID!) {\n    eventSuggestions(eventId: $id, first: 10) {\n      score\n      reasons\n      requestStatus\n      participant {\n        id\n        kind\n        fullName\n        organisationName\n        offer\n        seek\n        languages\n      }\n    }\n  }\n": typeof types.EventSuggestionsDocument,
    "\n  mutation AnswerEventMeeting($id: ID!, $input: AnswerMeetingInput!) {\n    answerEventMeeting(id: $id, input: $input) {\n      id\n      status\n      declineReason\n    }\n  }\n": typeof types.AnswerEventMeetingDocument,
    "\n  query EventAgenda($id: ID!) {\n    eventAgenda(eventId: $id) {\n      id\n      startsAt\n      endsAt\n      tableName\n      attendance\n      myFollowUp\n      proposedSlotId\n      slotId\n      requester {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n      recipient {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n": typeof types.EventAgendaDocument,
    "\n  query EventAgendaIcs($id: ID!) {\n    eventAgendaIcs(eventId: $id)\n  }\n": typeof types.EventAgendaIcsDocument,
    "\n  mutation SetEventMeetingFollowUp($id: ID!, $worth: Boolean!) {\n    setEventMeetingFollowUp(id: $id, worthContinuing: $worth) {\n      id\n      myFollowUp\n    }\n  }\n": typeof types.SetEventMeetingFollowUpDocument,
    "\n  query EventMeetings($id: ID!) {\n    eventMeetings(eventId: $id) {\n      id\n      status\n      message\n      declineReason\n      startsAt\n      endsAt\n      tableName\n      createdAt\n      requester {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n      recipient {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n": typeof types.EventMeetingsDocument,
    "\n  mutation ProposeEventMeetingSlot($id: ID!, $slotId: ID!) {\n    proposeEventMeetingSlot(id: $id, slotId: $slotId) {\n      id\n      proposedSlotId\n    }\n  }\n": typeof types.ProposeEventMeetingSlotDocument,
    "\n  query EventRegistrationDefaults {\n    eventRegistrationDefaults {\n      offer\n      seek\n      languages\n    }\n  }\n": typeof types.EventRegistrationDefaultsDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $input: RegistrationInput!) {\n    registerForEvent(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterForEventDocument,
    "\n  mutation UpdateEventRegistration($eventId: ID!, $input: RegistrationInput!) {\n    updateEventRegistration(eventId: $eventId, input: $input) {\n      id\n      offer\n      seek\n      languages\n      availableSlotIds\n    }\n  }\n": typeof types.UpdateEventRegistrationDocument,
    "\n  mutation WithdrawFromEvent($eventId: ID!) {\n    withdrawFromEvent(eventId: $eventId)\n  }\n": typeof types.WithdrawFromEventDocument,
    "\n  mutation RequestEventMeeting($eventId: ID!, $input: MeetingRequestInput!) {\n    requestEventMeeting(eventId: $eventId, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestEventMeetingDocument,
    "\n  fragment GlossaryEntryFields on GlossaryEntryModel {\n    id\n    code\n    conceptCode\n    category\n    labelsFr\n    labelsAr\n    labelsEn\n    variants\n    definition\n    status\n    source\n    mergedIntoId\n    extends {\n      code\n      label\n    }\n    broader {\n      code\n      label\n      glossary\n    }\n    createdBy {\n      fullName\n    }\n    createdAt\n    updatedBy {\n      fullName\n    }\n    updatedAt\n  }\n": typeof types.GlossaryEntryFieldsFragmentDoc,
    "\n  query ThesaurusConcepts($search: String!) {\n    thesaurusConcepts(search: $search, first: 20) {\n      code\n      label\n      glossary\n    }\n  }\n": typeof types.ThesaurusConceptsDocument,
    "\n  mutation CreateGlossaryEntry($input: GlossaryEntryInput!) {\n    createGlossaryEntry(input: $input) {\n      needsReindexed\n      profilesReindexed\n      entry {\n        ...GlossaryEntryFields\n      }\n    }\n  }\n": typeof types.CreateGlossaryEntryDocument,
    "\n  mutation UpdateGlossaryEntry($id: ID!, $input: GlossaryEntryInput!) {\n    updateGlossaryEntry(id: $id, input: $input) {\n      needsReindexed\n      profilesReindexed\n      entry {\n        ...GlossaryEntryFields\n      }\n    }\n  }\n": typeof types.UpdateGlossaryEntryDocument,
    "\n  query GlossaryEntries($search: String, $status: GlossaryEntryStatus) {\n    glossaryEntries(search: $search, status: $status) {\n      ...GlossaryEntryFields\n    }\n  }\n": typeof types.GlossaryEntriesDocument,
    "\n  query GlossaryOverview {\n    glossaryOverview {\n      active\n      retired\n      merged\n      starterSize\n      canLoadStarter\n    }\n  }\n": typeof types.GlossaryOverviewDocument,
    "\n  query GlossaryHistory($id: ID!) {\n    auditLog(subjectType: \"GLOSSARY_ENTRY\", subjectId: $id) {\n      id\n      at\n      action\n      actor {\n        fullName\n      }\n      details {\n        name\n        value\n      }\n    }\n  }\n": typeof types.GlossaryHistoryDocument,
    "\n  mutation RetireGlossaryEntry($id: ID!) {\n    retireGlossaryEntry(id: $id) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n": typeof types.RetireGlossaryEntryDocument,
    "\n  mutation RestoreGlossaryEntry($id: ID!) {\n    restoreGlossaryEntry(id: $id) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n": typeof types.RestoreGlossaryEntryDocument,
    "\n  mutation MergeGlossaryEntries($sourceId: ID!, $targetId: ID!) {\n    mergeGlossaryEntries(sourceId: $sourceId, targetId: $targetId) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n": typeof types.MergeGlossaryEntriesDocument,
    "\n  mutation LoadStarterGlossary {\n    loadStarterGlossary {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n": typeof types.LoadStarterGlossaryDocument,
    "\n  query GlossaryCsv {\n    glossaryCsv\n  }\n": typeof types.GlossaryCsvDocument,
    "\n  mutation ImportGlossary($input: ImportGlossaryInput!) {\n    importGlossary(input: $input) {\n      ...GlossaryImportReportFields\n    }\n  }\n": typeof types.ImportGlossaryDocument,
    "\n  fragment GlossaryImportReportFields on GlossaryImportReport {\n    dryRun\n    rows\n    created\n    updated\n    unchanged\n    problems {\n      line\n      field\n      reason\n    }\n    preview {\n      line\n      code\n      label\n      action\n    }\n  }\n": typeof types.GlossaryImportReportFieldsFragmentDoc,
    "\n  query GlossarySuggestions {\n    glossarySuggestions(first: 25) {\n      word\n      language\n      needs\n      profiles\n      contexts {\n        kind\n        id\n        title\n        snippet\n      }\n    }\n  }\n": typeof types.GlossarySuggestionsDocument,
    "\n  query ZeroHitQueries {\n    zeroHitQueries(first: 25) {\n      query\n      scope\n      occurrences\n      lastAt\n    }\n  }\n": typeof types.ZeroHitQueriesDocument,
    "\n  query IndexingStatus {\n    indexingStatus {\n      search {\n        state\n        pending\n      }\n      matching {\n        state\n        pending\n      }\n    }\n  }\n": typeof types.IndexingStatusDocument,
    "\n  mutation ApproveHallBooking($id: ID!) {\n    approveHallBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveHallBookingDocument,
    "\n  mutation RefuseHallBooking($id: ID!, $reason: String!) {\n    refuseHallBooking(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.RefuseHallBookingDocument,
    "\n  mutation CancelHallBooking($id: ID!, $reason: String) {\n    cancelHallBooking(id: $id, reason: $reason)\n  }\n": typeof types.CancelHallBookingDocument,
    "\n  mutation MoveHallBooking($id: ID!, $input: DaysInput!) {\n    moveHallBooking(id: $id, input: $input) {\n      id\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.MoveHallBookingDocument,
    "\n  query EquipmentCalendar($id: ID!, $monthFrom: String!, $monthTo: String!, $weekFrom: String!, $weekTo: String!) {\n    hallEquipment(id: $id) {\n      id\n      month: calendar(from: $monthFrom, to: $monthTo) {\n        kind\n        startsOn\n        endsOn\n        note\n        booking {\n          id\n          purpose\n          requesterName\n          organisationName\n        }\n      }\n      week: calendar(from: $weekFrom, to: $weekTo) {\n        kind\n        startsOn\n        endsOn\n        note\n        booking {\n          id\n          purpose\n          requesterName\n          organisationName\n        }\n      }\n    }\n  }\n": typeof types.EquipmentCalendarDocument,
    "\n  mutation CreateHallEquipment($input: EquipmentInput!) {\n    createHallEquipment(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateHallEquipmentDocument,
    "\n  mutation UpdateHallEquipment($id: ID!, $input: EquipmentInput!) {\n    updateHallEquipment(id: $id, input: $input) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n    }\n  }\n": typeof types.UpdateHallEquipmentDocument,
    "\n  mutation ArchiveHallEquipment($id: ID!) {\n    archiveHallEquipment(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveHallEquipmentDocument,
    "\n  query HallEquipmentPage($id: ID!) {\n    hallEquipment(id: $id) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n      archivedAt\n      maintenance {\n        id\n        startsOn\n        endsOn\n        note\n      }\n    }\n  }\n": typeof types.HallEquipmentPageDocument,
    "\n  query HallBookings($filter: HallBookingFilter, $first: Int) {\n    hallBookings(filter: $filter, first: $first) {\n      totalCount\n      items {\n        id\n        status\n        startsOn\n        endsOn\n        purpose\n        decisionReason\n        requesterName\n        organisationName\n        collaborationTitle\n        mayCancel\n        equipment {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HallBookingsDocument,
    "\n  query HallCatalogue($includeArchived: Boolean) {\n    hallCatalogue(includeArchived: $includeArchived) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n      archivedAt\n    }\n  }\n": typeof types.HallCatalogueDocument,
    "\n  mutation AddHallMaintenance($equipmentId: ID!, $input: MaintenanceInput!) {\n    addHallMaintenance(equipmentId: $equipmentId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddHallMaintenanceDocument,
    "\n  mutation RemoveHallMaintenance($id: ID!) {\n    removeHallMaintenance(id: $id)\n  }\n": typeof types.RemoveHallMaintenanceDocument,
    "\n  mutation RequestHallBooking($input: HallBookingRequestInput!) {\n    requestHallBooking(input: $input) {\n      id\n      status\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.RequestHallBookingDocument,
    "\n  query MyHallCollaborations {\n    myMatches(first: 100) {\n      edges {\n        node {\n          id\n          collaboration {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyHallCollaborationsDocument,
    "\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n": typeof types.SaveLanguageDocument,
    "\n  query ExportEvents($filter: KpiFilter) {\n    exportEvents(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n": typeof types.ExportEventsDocument,
    "\n  query ExportMatches($filter: PipelineFilter, $period: KpiFilter) {\n    exportMatches(filter: $filter, period: $period) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n": typeof types.ExportMatchesDocument,
    "\n  query ExportNeeds($filter: KpiFilter) {\n    exportNeeds(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n": typeof types.ExportNeedsDocument,
    "\n  query HallOccupancy($from: String!, $to: String!) {\n    hallOccupancy(from: $from, to: $to) {\n      equipmentId\n      equipmentName\n      month\n      bookedDays\n      availableDays\n      rate\n    }\n  }\n": typeof types.HallOccupancyDocument,
    "\n  query Kpis($filter: KpiFilter) {\n    kpis(filter: $filter) {\n      from\n      to\n      needsPosted\n      matchesSuggested\n      matchesProposed\n      introductions\n      collaborations\n      successes\n      introductionRate\n      collaborationRate\n      medianDaysNeedToIntroduction\n      declineReasons {\n        side\n        reason\n        count\n      }\n      byMonth {\n        month\n        needsPosted\n        matchesSuggested\n        matchesProposed\n        introductions\n        collaborations\n      }\n      bySector {\n        sector\n        needsPosted\n        matchesSuggested\n        matchesProposed\n        introductions\n        collaborations\n        successes\n      }\n      events {\n        events {\n          eventId\n          title\n          startsOn\n          endsOn\n          status\n          registrations\n          requests\n          accepted\n          scheduled\n          held\n          noShows\n          matches\n          collaborations\n        }\n        total {\n          registrations\n          requests\n          accepted\n          scheduled\n          held\n          noShows\n          matches\n          collaborations\n        }\n      }\n    }\n  }\n": typeof types.KpisDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      fullName\n      role\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  query AuditHistory($subjectType: String!, $subjectId: ID!) {\n    auditLog(subjectType: $subjectType, subjectId: $subjectId, first: 100) {\n      id\n      at\n      action\n      actor {\n        id\n        fullName\n      }\n      details {\n        name\n        value\n      }\n    }\n  }\n": typeof types.AuditHistoryDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query OrganisationChoices($nameContains: String) {\n    organisations(first: 20, filter: { nameContains: $nameContains, includeArchived: true }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": typeof types.OrganisationChoicesDocument,
    "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      sectors\n      city\n      region\n      description\n      website\n      membershipStatus\n      archivedAt\n      createdAt\n      people {\n        id\n        fullName\n        email\n        role\n        status\n      }\n    }\n  }\n": typeof types.OrganisationDetailDocument,
    "\n  query OrganisationNeeds($organisationId: ID!, $first: Int!) {\n    needs(first: $first, filter: { organisationId: $organisationId, includeArchived: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          anonymous\n          archivedAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.OrganisationNeedsDocument,
    "\n  mutation UpdateOrganisationMembership($id: ID!, $membershipStatus: MembershipStatus!) {\n    updateOrganisation(id: $id, input: { membershipStatus: $membershipStatus }) {\n      id\n      membershipStatus\n    }\n  }\n": typeof types.UpdateOrganisationMembershipDocument,
    "\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveOrganisationDocument,
    "\n  mutation UnarchiveOrganisation($id: ID!) {\n    unarchiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.UnarchiveOrganisationDocument,
    "\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          sectors\n          city\n          membershipStatus\n          archivedAt\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsListDocument,
    "\n  query PeopleList($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PersonRow\n        }\n      }\n    }\n  }\n": typeof types.PeopleListDocument,
    "\n  fragment PersonRow on User {\n    id\n    fullName\n    email\n    role\n    status\n    invitationStatus\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.PersonRowFragmentDoc,
    "\n  mutation SuspendUser($id: ID!) {\n    suspendUser(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SuspendUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      invitationStatus\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation ArchiveNeed($id: ID!) {\n    archiveNeed(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.ArchiveNeedDocument,
    "\n  query ViewerOrganisation {\n    me {\n      id\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.ViewerOrganisationDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!, $idempotencyKey: String) {\n    expressInterest(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      kind\n      need {\n        id\n      }\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  query MyNeeds($after: String) {\n    needs(first: 50, after: $after, filter: { mine: true, includeArchived: true }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          language\n          sector\n          status\n          visibility\n          anonymous\n          trlCurrent\n          trlTarget\n          updatedAt\n          archivedAt\n          matchCounts {\n            total\n            proposed\n            introduced\n            collaborating\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyNeedsDocument,
    "\n  query NeedDetail($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      sector\n      status\n      visibility\n      anonymous\n      language\n      trlCurrent\n      trlTarget\n      budgetMinMad\n      budgetMaxMad\n      deadline\n      keywords\n      createdAt\n      updatedAt\n      archivedAt\n      concepts {\n        code\n        label\n      }\n      organisation {\n        id\n        name\n        city\n      }\n      author {\n        id\n        fullName\n      }\n      matchCounts {\n        total\n        proposed\n        introduced\n        collaborating\n      }\n    }\n  }\n": typeof types.NeedDetailDocument,
    "\n  query MyInterestInNeed($needId: ID!) {\n    interests(needId: $needId, kind: EXPRESSION_OF_INTEREST, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.MyInterestInNeedDocument,
    "\n  query NeedToEdit($id: ID!) {\n    need(id: $id) {\n      ...EditableNeedFields\n      archivedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NeedToEditDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!, $idempotencyKey: String) {\n    createNeed(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...EditableNeedFields\n      updatedAt\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  fragment EditableNeedFields on Need {\n    id\n    title\n    description\n    sector\n    trlCurrent\n    trlTarget\n    budgetMinMad\n    budgetMaxMad\n    deadline\n    language\n    visibility\n    anonymous\n    keywords\n    status\n  }\n": typeof types.EditableNeedFieldsFragmentDoc,
    "\n  query Needs($after: String) {\n    needs(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          language\n          sector\n          visibility\n          anonymous\n          status\n          trlCurrent\n          trlTarget\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n": typeof types.NeedsDocument,
    "\n  query PostingOrganisations {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          city\n          kind\n        }\n      }\n    }\n  }\n": typeof types.PostingOrganisationsDocument,
    "\n  query RecommendedNeeds {\n    recommendedNeeds(first: 20) {\n      score\n      reasons\n      features {\n        name\n        contribution\n      }\n      need {\n        id\n        title\n        description\n        language\n        sector\n        status\n        visibility\n        trlCurrent\n        trlTarget\n        organisation {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": typeof types.RecommendedNeedsDocument,
    "\n  mutation RequestIntroduction($input: RequestIntroductionInput!, $idempotencyKey: String) {\n    requestIntroduction(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      kind\n      status\n    }\n  }\n": typeof types.RequestIntroductionDocument,
    "\n  query SuggestedExperts($needId: ID!) {\n    proposeMatches(needId: $needId, first: 10) {\n      score\n      reasons\n      introductionRequested\n      features {\n        name\n        contribution\n      }\n      researcher {\n        id\n        headline\n        languages\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          city\n          sectors\n        }\n      }\n    }\n  }\n": typeof types.SuggestedExpertsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          matchId\n          link\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query BackupStatus {\n    backupStatus {\n      directory\n      scheduled\n      intervalHours\n      keep\n      health\n      warnAfterHours\n      lastAgeHours\n      lastError\n      lastErrorAt\n      last {\n        name\n        createdAt\n      }\n      backups {\n        name\n        createdAt\n        bytes\n        rows\n        schemaVersion\n      }\n    }\n  }\n": typeof types.BackupStatusDocument,
    "\n  mutation RunBackup {\n    runBackup {\n      name\n    }\n  }\n": typeof types.RunBackupDocument,
    "\n  query AccountDeletionRequests {\n    accountDeletionRequests {\n      id\n      note\n      requestedAt\n      person {\n        id\n        fullName\n        email\n        role\n        organisationName\n      }\n    }\n  }\n": typeof types.AccountDeletionRequestsDocument,
    "\n  query PersonalDataForRequest($requestId: ID!) {\n    personalDataForRequest(requestId: $requestId) {\n      fileName\n      json\n    }\n  }\n": typeof types.PersonalDataForRequestDocument,
    "\n  mutation CarryOutAccountDeletion($requestId: ID!) {\n    carryOutAccountDeletion(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": typeof types.CarryOutAccountDeletionDocument,
    "\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n    }\n  }\n": typeof types.MyPersonalDataDocument,
    "\n  query MyAccountDeletionRequest {\n    myAccountDeletionRequest {\n      id\n      status\n      requestedAt\n    }\n  }\n": typeof types.MyAccountDeletionRequestDocument,
    "\n  mutation RequestAccountDeletion($input: RequestAccountDeletionInput) {\n    requestAccountDeletion(input: $input) {\n      id\n      status\n      requestedAt\n    }\n  }\n": typeof types.RequestAccountDeletionDocument,
    "\n  mutation CancelAccountDeletion {\n    cancelAccountDeletion {\n      id\n      status\n    }\n  }\n": typeof types.CancelAccountDeletionDocument,
    "\n  fragment ProfileViewFields on ResearcherProfile {\n    id\n    headline\n    expertise\n    keywords\n    techniques\n    equipment\n    languages\n    availability\n    trlMin\n    trlMax\n    updatedAt\n    archivedAt\n    publications {\n      title\n      year\n      doi\n      abstract\n    }\n    concepts {\n      code\n      label\n    }\n    researcher {\n      id\n      fullName\n      email\n      phone\n    }\n    organisation {\n      id\n      name\n      city\n      region\n    }\n  }\n": typeof types.ProfileViewFieldsFragmentDoc,
    "\n  query ResearcherProfile($id: ID!) {\n    researcherProfile(id: $id) {\n      ...ProfileViewFields\n    }\n  }\n": typeof types.ResearcherProfileDocument,
    "\n  query MyProfile {\n    myProfile {\n      id\n      headline\n      expertise\n      keywords\n      techniques\n      equipment\n      languages\n      availability\n      trlMin\n      trlMax\n      publications {\n        title\n        year\n        doi\n        abstract\n      }\n    }\n    me {\n      id\n      organisation {\n        id\n        name\n        city\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation SaveMyProfile($input: ProfileInput!) {\n    saveMyProfile(input: $input) {\n      ...ProfileViewFields\n    }\n  }\n": typeof types.SaveMyProfileDocument,
    "\n  query SearchNeeds($query: String, $filters: NeedSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchNeeds(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      total\n      hits {\n        score\n        highlights {\n          field\n          snippets\n        }\n        need {\n          id\n          title\n          description\n          sector\n          trlCurrent\n          trlTarget\n          language\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n      facets {\n        ...SearchFacetFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchNeedsDocument,
    "\n  query SearchResearchers($query: String, $filters: ResearcherSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchResearchers(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      total\n      hits {\n        score\n        highlights {\n          field\n          snippets\n        }\n        researcher {\n          id\n          headline\n          expertise\n          availability\n          trlMin\n          trlMax\n          updatedAt\n          researcher {\n            id\n            fullName\n          }\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n      facets {\n        ...SearchFacetFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchResearchersDocument,
    "\n  fragment SearchFacetFields on SearchFacet {\n    name\n    values {\n      value\n      count\n      label\n    }\n  }\n": typeof types.SearchFacetFieldsFragmentDoc,
    "\n  query SearchNeedsCursor($query: String, $filters: NeedSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchNeeds(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchNeedsCursorDocument,
    "\n  query SearchResearchersCursor($query: String, $filters: ResearcherSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchResearchers(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchResearchersCursorDocument,
    "\n  query NeedFacetCounts($query: String, $filters: NeedSearchFilters) {\n    searchNeeds(query: $query, filters: $filters, first: 1) {\n      facets {\n        ...SearchFacetFields\n      }\n    }\n  }\n": typeof types.NeedFacetCountsDocument,
    "\n  query ResearcherFacetCounts($query: String, $filters: ResearcherSearchFilters) {\n    searchResearchers(query: $query, filters: $filters, first: 1) {\n      facets {\n        ...SearchFacetFields\n      }\n    }\n  }\n": typeof types.ResearcherFacetCountsDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    dryRun\n    rows\n    okRows\n    errorRows\n    usersCreated\n    usersUpdated\n    organisationsCreated\n    organisationsUpdated\n    unchanged\n    problems {\n      line\n      field\n      reason\n    }\n    warnings {\n      line\n      field\n      reason\n    }\n  }\n": typeof types.ImportReportFieldsFragmentDoc,
    "\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.ImportMembersDocument,
    "\n  query NeedsForResearcher($researcherProfileId: ID!) {\n    recommendedNeedsFor(researcherProfileId: $researcherProfileId, first: 10) {\n      score\n      reasons\n      features {\n        name\n        contribution\n      }\n      need {\n        id\n        title\n        language\n        organisation {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": typeof types.NeedsForResearcherDocument,
    "\n  query PendingSignUpCount {\n    users(filter: { status: PENDING }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PendingSignUpCountDocument,
    "\n  query PipelinePairs($filter: PipelineFilter!) {\n    pipeline(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          status\n          need {\n            id\n          }\n          researcher {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PipelinePairsDocument,
    "\n  mutation ShortlistPair($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ShortlistPairDocument,
    "\n  mutation RefuseUser($id: ID!, $reason: String!) {\n    refuseUser(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RefuseUserDocument,
    "\n  mutation SaveSuggestedMatches($needId: ID!, $first: Int!) {\n    saveSuggestedMatches(needId: $needId, first: $first) {\n      score\n    }\n  }\n": typeof types.SaveSuggestedMatchesDocument,
    "\n  query ViewerLanguage {\n    me {\n      id\n      preferredLanguage\n    }\n  }\n": typeof types.ViewerLanguageDocument,
};
const documents: Documents = {
    "\n  query MyAccount {\n    me {\n      id\n      fullName\n      email\n      phone\n      role\n      preferredLanguage\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation UpdateMyAccount($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      fullName\n      phone\n      preferredLanguage\n    }\n  }\n": types.UpdateMyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      fullName\n      organisationName\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation InviteImportedMembers {\n    inviteMembers {\n      invited\n      skipped\n    }\n  }\n": types.InviteImportedMembersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      fullName\n      email\n    }\n  }\n": types.InviteUserDocument,
    "\n  query SignUpOrganisations($query: String, $first: Int) {\n    signUpOrganisations(query: $query, first: $first) {\n      id\n      name\n      kind\n      city\n    }\n  }\n": types.SignUpOrganisationsDocument,
    "\n  query PendingSignUps($first: Int!) {\n    users(filter: { status: PENDING }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          email\n          phone\n          role\n          preferredLanguage\n          createdAt\n          organisation {\n            id\n            name\n            kind\n            city\n            region\n            membershipStatus\n            sectors\n            size\n            website\n            description\n          }\n        }\n      }\n    }\n  }\n": types.PendingSignUpsDocument,
    "\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveUserDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      userId\n      status\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.SignOutDocument,
    "\n  mutation AnswerMatch($id: ID!, $input: AnswerMatchInput!) {\n    answerMatch(id: $id, input: $input) {\n      ...MyMatchFields\n    }\n  }\n": types.AnswerMatchDocument,
    "\n  mutation StartCollaboration($matchId: ID!, $input: StartCollaborationInput!) {\n    startCollaboration(matchId: $matchId, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": types.StartCollaborationDocument,
    "\n  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    updateMilestone(id: $id, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  mutation AddMilestone($collaborationId: ID!, $input: MilestoneInput!) {\n    addMilestone(collaborationId: $collaborationId, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  query HallEquipmentChoice {\n    hallCatalogue {\n      id\n      name\n      category\n    }\n  }\n": types.HallEquipmentChoiceDocument,
    "\n  fragment CollaborationFields on Collaboration {\n    id\n    title\n    startDate\n    partners\n    milestones {\n      id\n      title\n      dueDate\n      status\n    }\n    bookings {\n      id\n      startsOn\n      endsOn\n      status\n      purpose\n      equipment {\n        id\n        name\n      }\n    }\n  }\n": types.CollaborationFieldsFragmentDoc,
    "\n  query Interests {\n    interests(status: OPEN, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          message\n          createdAt\n          requestedBy {\n            id\n            fullName\n          }\n          need {\n            id\n            title\n            language\n          }\n          researcher {\n            id\n            researcher {\n              id\n              fullName\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InterestsDocument,
    "\n  mutation ConvertInterest($id: ID!) {\n    convertInterest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.ConvertInterestDocument,
    "\n  mutation DismissInterest($id: ID!) {\n    dismissInterest(id: $id) {\n      id\n      status\n    }\n  }\n": types.DismissInterestDocument,
    "\n  mutation ShortlistMatch($id: ID!, $input: TransitionInput) {\n    shortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": types.ShortlistMatchDocument,
    "\n  mutation UnshortlistMatch($id: ID!, $input: TransitionInput) {\n    unshortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": types.UnshortlistMatchDocument,
    "\n  mutation ProposeMatch($id: ID!, $input: TransitionInput, $message: String) {\n    proposeMatch(id: $id, input: $input, message: $message) {\n      id\n      status\n      version\n      statusChangedAt\n      proposedAt\n    }\n  }\n": types.ProposeMatchDocument,
    "\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      outcome\n      closedAt\n    }\n  }\n": types.CloseMatchDocument,
    "\n  query MatchDetail($id: ID!) {\n    match(id: $id) {\n      id\n      status\n      version\n      outcome\n      outcomeNote\n      createdAt\n      need {\n        id\n        title\n        language\n        sector\n        organisation {\n          id\n          name\n        }\n      }\n      researcher {\n        id\n        headline\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      owner {\n        id\n        fullName\n      }\n      ...MatchSidesFields\n      timeline {\n        id\n        event\n        fromStatus\n        toStatus\n        note\n        createdAt\n        actor {\n          id\n          fullName\n        }\n      }\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n": types.MatchDetailDocument,
    "\n  mutation AddMatchNote($id: ID!, $note: String!) {\n    addMatchNote(id: $id, note: $note) {\n      id\n      version\n    }\n  }\n": types.AddMatchNoteDocument,
    "\n  fragment MatchSidesFields on Match {\n    industrialSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    researcherSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    contacts {\n      industrial {\n        name\n        organisation\n        email\n        phone\n      }\n      researcher {\n        name\n        organisation\n        email\n        phone\n      }\n    }\n  }\n": types.MatchSidesFieldsFragmentDoc,
    "\n  fragment MyMatchFields on Match {\n    id\n    status\n    version\n    proposedAt\n    need {\n      id\n      title\n      language\n      sector\n      organisation {\n        id\n        name\n        city\n      }\n    }\n    researcher {\n      id\n      headline\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    ...MatchSidesFields\n  }\n": types.MyMatchFieldsFragmentDoc,
    "\n  query MyMatch($id: ID!) {\n    match(id: $id) {\n      ...MyMatchFields\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n": types.MyMatchDocument,
    "\n  query MyMatches {\n    myMatches(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...MyMatchFields\n        }\n      }\n    }\n  }\n": types.MyMatchesDocument,
    "\n  query PipelineCounts($filter: PipelineFilter) {\n    pipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n": types.PipelineCountsDocument,
    "\n  query PipelineColumn($filter: PipelineFilter!, $first: Int!, $after: String) {\n    pipeline(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PipelineCardFields\n        }\n      }\n    }\n  }\n": types.PipelineColumnDocument,
    "\n  fragment PipelineCardFields on Match {\n    id\n    status\n    version\n    statusChangedAt\n    need {\n      id\n      title\n      language\n      sector\n    }\n    researcher {\n      id\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    owner {\n      id\n      fullName\n    }\n  }\n": types.PipelineCardFieldsFragmentDoc,
    "\n  query DetectConcepts($text: String!) {\n    detectConcepts(text: $text) {\n      code\n      label\n      matched\n    }\n  }\n": types.DetectConceptsDocument,
    "\n  mutation CancelEventMeeting($id: ID!) {\n    cancelEventMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelEventMeetingDocument,
    "\n  mutation CreateBrokerageEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateBrokerageEventDocument,
    "\n  mutation UpdateBrokerageEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      capacity\n      requestMode\n      requestsExpireAt\n      maxRequests\n    }\n  }\n": types.UpdateBrokerageEventDocument,
    "\n  query EventManage($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      capacity\n      requestMode\n      requestsExpireAt\n      maxRequests\n      participantCount\n      sessions {\n        id\n        name\n        startsAt\n        endsAt\n        breakMinutes\n      }\n      slots {\n        id\n        sessionId\n        startsAt\n        endsAt\n      }\n      tables {\n        id\n        name\n      }\n      participants {\n        id\n        kind\n        fullName\n        organisationName\n        languages\n        status\n        registeredAt\n        contact {\n          email\n          phone\n        }\n      }\n    }\n    eventMeetings(eventId: $id) {\n      id\n      status\n      message\n      declineReason\n      createdAt\n      startsAt\n      endsAt\n      slotId\n      tableId\n      tableName\n      pinned\n      unplacedReason\n      proposedSlotId\n      attendance\n      requesterFollowUp\n      recipientFollowUp\n      matchId\n      requester {\n        id\n        kind\n        fullName\n        organisationName\n      }\n      recipient {\n        id\n        kind\n        fullName\n        organisationName\n      }\n    }\n    eventKpis(eventId: $id) {\n      registrations\n      requests\n      accepted\n      declined\n      expired\n      scheduled\n      held\n      noShows\n      matches\n      collaborations\n    }\n  }\n": types.EventManageDocument,
    "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registrationOpen\n      meetingMinutes\n      requestMode\n      requestsExpireAt\n      participantCount\n      slots {\n        id\n        startsAt\n        endsAt\n      }\n      myRegistration {\n        id\n        status\n        offer\n        seek\n        languages\n        availableSlotIds\n      }\n    }\n  }\n": types.EventDetailDocument,
    "\n  query BrokerageEvents {\n    events {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      participantCount\n      myRegistration {\n        id\n        status\n      }\n    }\n  }\n": types.BrokerageEventsDocument,
    "\n  mutation RemoveEventSession($id: ID!) {\n    removeEventSession(id: $id)\n  }\n": types.RemoveEventSessionDocument,
    "\n  mutation SetEventStatus($id: ID!, $input: EventStatusInput!) {\n    setEventStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.SetEventStatusDocument,
    "\n  mutation MoveEventMeeting($id: ID!, $input: MoveMeetingInput!) {\n    moveEventMeeting(id: $id, input: $input) {\n      id\n      slotId\n      tableId\n    }\n  }\n": types.MoveEventMeetingDocument,
    "\n  mutation MarkEventMeeting($id: ID!, $input: AttendanceInput!) {\n    markEventMeeting(id: $id, input: $input) {\n      id\n      attendance\n    }\n  }\n": types.MarkEventMeetingDocument,
    "\n  mutation ApplyEventMeetingProposal($id: ID!) {\n    applyEventMeetingProposal(id: $id) {\n      id\n      slotId\n      tableId\n      proposedSlotId\n    }\n  }\n": types.ApplyEventMeetingProposalDocument,
    "\n  query EventMeetingNeeds($id: ID!) {\n    eventMeetingNeeds(meetingId: $id) {\n      id\n      title\n    }\n  }\n": types.EventMeetingNeedsDocument,
    "\n  mutation ConvertEventMeetingToMatch($id: ID!, $needId: ID!) {\n    convertEventMeetingToMatch(id: $id, needId: $needId) {\n      id\n      matchId\n    }\n  }\n": types.ConvertEventMeetingToMatchDocument,
    "\n  mutation ScheduleEvent($id: ID!) {\n    scheduleEvent(eventId: $id) {\n      meetings\n      placed\n      upperBound\n      unplaced {\n        meetingId\n        reason\n      }\n    }\n  }\n": types.ScheduleEventDocument,
    "\n  mutation SendEventAgendas($id: ID!) {\n    sendEventAgendas(eventId: $id)\n  }\n": types.SendEventAgendasDocument,
    "\n  mutation AddEventSession($eventId: ID!, $input: SessionInput!) {\n    addEventSession(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": types.AddEventSessionDocument,
    "\n  mutation SetEventTables($eventId: ID!, $input: TablesInput!) {\n    setEventTables(eventId: $eventId, input: $input) {\n      id\n      name\n    }\n  }\n": types.SetEventTablesDocument,
    "\n  query EventParticipants($id: ID!, $filter: ParticipantFilter) {\n    event(id: $id) {\n      id\n      participants(filter: $filter) {\n        id\n        kind\n        fullName\n        organisationName\n        city\n        sectors\n        offer\n        seek\n        languages\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n": types.EventParticipantsDocument,
    "\n  query EventSuggestions($id: ID!) {\n    eventSuggestions(eventId: $id, first: 10) {\n      score\n      reasons\n      requestStatus\n      participant {\n        id\n        kind\n        fullName\n        organisationName\n        offer\n        seek\n        languages\n      }\n    }\n  }\n": types.EventSuggestionsDocument,
    "\n  mutation AnswerEventMeeting($id: ID!, $input: AnswerMeetingInput!) {\n    answerEventMeeting(id: $id, input: $input) {\n      id\n      status\n      declineReason\n    }\n  }\n": types.AnswerEventMeetingDocument,
    "\n  query EventAgenda($id: ID!) {\n    eventAgenda(eventId: $id) {\n      id\n      startsAt\n      endsAt\n      tableName\n      attendance\n      myFollowUp\n      proposedSlotId\n      slotId\n      requester {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n      recipient {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n": types.EventAgendaDocument,
    "\n  query EventAgendaIcs($id: ID!) {\n    eventAgendaIcs(eventId: $id)\n  }\n": types.EventAgendaIcsDocument,
    "\n  mutation SetEventMeetingFollowUp($id: ID!, $worth: Boolean!) {\n    setEventMeetingFollowUp(id: $id, worthContinuing: $worth) {\n      id\n      myFollowUp\n    }\n  }\n": types.SetEventMeetingFollowUpDocument,
    "\n  query EventMeetings($id: ID!) {\n    eventMeetings(eventId: $id) {\n      id\n      status\n      message\n      declineReason\n      startsAt\n      endsAt\n      tableName\n      createdAt\n      requester {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n      recipient {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n": types.EventMeetingsDocument,
    "\n  mutation ProposeEventMeetingSlot($id: ID!, $slotId: ID!) {\n    proposeEventMeetingSlot(id: $id, slotId: $slotId) {\n      id\n      proposedSlotId\n    }\n  }\n": types.ProposeEventMeetingSlotDocument,
    "\n  query EventRegistrationDefaults {\n    eventRegistrationDefaults {\n      offer\n      seek\n      languages\n    }\n  }\n": types.EventRegistrationDefaultsDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $input: RegistrationInput!) {\n    registerForEvent(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": types.RegisterForEventDocument,
    "\n  mutation UpdateEventRegistration($eventId: ID!, $input: RegistrationInput!) {\n    updateEventRegistration(eventId: $eventId, input: $input) {\n      id\n      offer\n      seek\n      languages\n      availableSlotIds\n    }\n  }\n": types.UpdateEventRegistrationDocument,
    "\n  mutation WithdrawFromEvent($eventId: ID!) {\n    withdrawFromEvent(eventId: $eventId)\n  }\n": types.WithdrawFromEventDocument,
    "\n  mutation RequestEventMeeting($eventId: ID!, $input: MeetingRequestInput!) {\n    requestEventMeeting(eventId: $eventId, input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestEventMeetingDocument,
    "\n  fragment GlossaryEntryFields on GlossaryEntryModel {\n    id\n    code\n    conceptCode\n    category\n    labelsFr\n    labelsAr\n    labelsEn\n    variants\n    definition\n    status\n    source\n    mergedIntoId\n    extends {\n      code\n      label\n    }\n    broader {\n      code\n      label\n      glossary\n    }\n    createdBy {\n      fullName\n    }\n    createdAt\n    updatedBy {\n      fullName\n    }\n    updatedAt\n  }\n": types.GlossaryEntryFieldsFragmentDoc,
    "\n  query ThesaurusConcepts($search: String!) {\n    thesaurusConcepts(search: $search, first: 20) {\n      code\n      label\n      glossary\n    }\n  }\n": types.ThesaurusConceptsDocument,
    "\n  mutation CreateGlossaryEntry($input: GlossaryEntryInput!) {\n    createGlossaryEntry(input: $input) {\n      needsReindexed\n      profilesReindexed\n      entry {\n        ...GlossaryEntryFields\n      }\n    }\n  }\n": types.CreateGlossaryEntryDocument,
    "\n  mutation UpdateGlossaryEntry($id: ID!, $input: GlossaryEntryInput!) {\n    updateGlossaryEntry(id: $id, input: $input) {\n      needsReindexed\n      profilesReindexed\n      entry {\n        ...GlossaryEntryFields\n      }\n    }\n  }\n": types.UpdateGlossaryEntryDocument,
    "\n  query GlossaryEntries($search: String, $status: GlossaryEntryStatus) {\n    glossaryEntries(search: $search, status: $status) {\n      ...GlossaryEntryFields\n    }\n  }\n": types.GlossaryEntriesDocument,
    "\n  query GlossaryOverview {\n    glossaryOverview {\n      active\n      retired\n      merged\n      starterSize\n      canLoadStarter\n    }\n  }\n": types.GlossaryOverviewDocument,
    "\n  query GlossaryHistory($id: ID!) {\n    auditLog(subjectType: \"GLOSSARY_ENTRY\", subjectId: $id) {\n      id\n      at\n      action\n      actor {\n        fullName\n      }\n      details {\n        name\n        value\n      }\n    }\n  }\n": types.GlossaryHistoryDocument,
    "\n  mutation RetireGlossaryEntry($id: ID!) {\n    retireGlossaryEntry(id: $id) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n": types.RetireGlossaryEntryDocument,
    "\n  mutation RestoreGlossaryEntry($id: ID!) {\n    restoreGlossaryEntry(id: $id) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n": types.RestoreGlossaryEntryDocument,
    "\n  mutation MergeGlossaryEntries($sourceId: ID!, $targetId: ID!) {\n    mergeGlossaryEntries(sourceId: $sourceId, targetId: $targetId) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n": types.MergeGlossaryEntriesDocument,
    "\n  mutation LoadStarterGlossary {\n    loadStarterGlossary {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n": types.LoadStarterGlossaryDocument,
    "\n  query GlossaryCsv {\n    glossaryCsv\n  }\n": types.GlossaryCsvDocument,
    "\n  mutation ImportGlossary($input: ImportGlossaryInput!) {\n    importGlossary(input: $input) {\n      ...GlossaryImportReportFields\n    }\n  }\n": types.ImportGlossaryDocument,
    "\n  fragment GlossaryImportReportFields on GlossaryImportReport {\n    dryRun\n    rows\n    created\n    updated\n    unchanged\n    problems {\n      line\n      field\n      reason\n    }\n    preview {\n      line\n      code\n      label\n      action\n    }\n  }\n": types.GlossaryImportReportFieldsFragmentDoc,
    "\n  query GlossarySuggestions {\n    glossarySuggestions(first: 25) {\n      word\n      language\n      needs\n      profiles\n      contexts {\n        kind\n        id\n        title\n        snippet\n      }\n    }\n  }\n": types.GlossarySuggestionsDocument,
    "\n  query ZeroHitQueries {\n    zeroHitQueries(first: 25) {\n      query\n      scope\n      occurrences\n      lastAt\n    }\n  }\n": types.ZeroHitQueriesDocument,
    "\n  query IndexingStatus {\n    indexingStatus {\n      search {\n        state\n        pending\n      }\n      matching {\n        state\n        pending\n      }\n    }\n  }\n": types.IndexingStatusDocument,
    "\n  mutation ApproveHallBooking($id: ID!) {\n    approveHallBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveHallBookingDocument,
    "\n  mutation RefuseHallBooking($id: ID!, $reason: String!) {\n    refuseHallBooking(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.RefuseHallBookingDocument,
    "\n  mutation CancelHallBooking($id: ID!, $reason: String) {\n    cancelHallBooking(id: $id, reason: $reason)\n  }\n": types.CancelHallBookingDocument,
    "\n  mutation MoveHallBooking($id: ID!, $input: DaysInput!) {\n    moveHallBooking(id: $id, input: $input) {\n      id\n      startsOn\n      endsOn\n    }\n  }\n": types.MoveHallBookingDocument,
    "\n  query EquipmentCalendar($id: ID!, $monthFrom: String!, $monthTo: String!, $weekFrom: String!, $weekTo: String!) {\n    hallEquipment(id: $id) {\n      id\n      month: calendar(from: $monthFrom, to: $monthTo) {\n        kind\n        startsOn\n        endsOn\n        note\n        booking {\n          id\n          purpose\n          requesterName\n          organisationName\n        }\n      }\n      week: calendar(from: $weekFrom, to: $weekTo) {\n        kind\n        startsOn\n        endsOn\n        note\n        booking {\n          id\n          purpose\n          requesterName\n          organisationName\n        }\n      }\n    }\n  }\n": types.EquipmentCalendarDocument,
    "\n  mutation CreateHallEquipment($input: EquipmentInput!) {\n    createHallEquipment(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateHallEquipmentDocument,
    "\n  mutation UpdateHallEquipment($id: ID!, $input: EquipmentInput!) {\n    updateHallEquipment(id: $id, input: $input) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n    }\n  }\n": types.UpdateHallEquipmentDocument,
    "\n  mutation ArchiveHallEquipment($id: ID!) {\n    archiveHallEquipment(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveHallEquipmentDocument,
    "\n  query HallEquipmentPage($id: ID!) {\n    hallEquipment(id: $id) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n      archivedAt\n      maintenance {\n        id\n        startsOn\n        endsOn\n        note\n      }\n    }\n  }\n": types.HallEquipmentPageDocument,
    "\n  query HallBookings($filter: HallBookingFilter, $first: Int) {\n    hallBookings(filter: $filter, first: $first) {\n      totalCount\n      items {\n        id\n        status\n        startsOn\n        endsOn\n        purpose\n        decisionReason\n        requesterName\n        organisationName\n        collaborationTitle\n        mayCancel\n        equipment {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HallBookingsDocument,
    "\n  query HallCatalogue($includeArchived: Boolean) {\n    hallCatalogue(includeArchived: $includeArchived) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n      archivedAt\n    }\n  }\n": types.HallCatalogueDocument,
    "\n  mutation AddHallMaintenance($equipmentId: ID!, $input: MaintenanceInput!) {\n    addHallMaintenance(equipmentId: $equipmentId, input: $input) {\n      id\n    }\n  }\n": types.AddHallMaintenanceDocument,
    "\n  mutation RemoveHallMaintenance($id: ID!) {\n    removeHallMaintenance(id: $id)\n  }\n": types.RemoveHallMaintenanceDocument,
    "\n  mutation RequestHallBooking($input: HallBookingRequestInput!) {\n    requestHallBooking(input: $input) {\n      id\n      status\n      startsOn\n      endsOn\n    }\n  }\n": types.RequestHallBookingDocument,
    "\n  query MyHallCollaborations {\n    myMatches(first: 100) {\n      edges {\n        node {\n          id\n          collaboration {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.MyHallCollaborationsDocument,
    "\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n": types.SaveLanguageDocument,
    "\n  query ExportEvents($filter: KpiFilter) {\n    exportEvents(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n": types.ExportEventsDocument,
    "\n  query ExportMatches($filter: PipelineFilter, $period: KpiFilter) {\n    exportMatches(filter: $filter, period: $period) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n": types.ExportMatchesDocument,
    "\n  query ExportNeeds($filter: KpiFilter) {\n    exportNeeds(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n": types.ExportNeedsDocument,
    "\n  query HallOccupancy($from: String!, $to: String!) {\n    hallOccupancy(from: $from, to: $to) {\n      equipmentId\n      equipmentName\n      month\n      bookedDays\n      availableDays\n      rate\n    }\n  }\n": types.HallOccupancyDocument,
    "\n  query Kpis($filter: KpiFilter) {\n    kpis(filter: $filter) {\n      from\n      to\n      needsPosted\n      matchesSuggested\n      matchesProposed\n      introductions\n      collaborations\n      successes\n      introductionRate\n      collaborationRate\n      medianDaysNeedToIntroduction\n      declineReasons {\n        side\n        reason\n        count\n      }\n      byMonth {\n        month\n        needsPosted\n        matchesSuggested\n        matchesProposed\n        introductions\n        collaborations\n      }\n      bySector {\n        sector\n        needsPosted\n        matchesSuggested\n        matchesProposed\n        introductions\n        collaborations\n        successes\n      }\n      events {\n        events {\n          eventId\n          title\n          startsOn\n          endsOn\n          status\n          registrations\n          requests\n          accepted\n          scheduled\n          held\n          noShows\n          matches\n          collaborations\n        }\n        total {\n          registrations\n          requests\n          accepted\n          scheduled\n          held\n          noShows\n          matches\n          collaborations\n        }\n      }\n    }\n  }\n": types.KpisDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      fullName\n      role\n    }\n  }\n": types.CurrentUserDocument,
    "\n  query AuditHistory($subjectType: String!, $subjectId: ID!) {\n    auditLog(subjectType: $subjectType, subjectId: $subjectId, first: 100) {\n      id\n      at\n      action\n      actor {\n        id\n        fullName\n      }\n      details {\n        name\n        value\n      }\n    }\n  }\n": types.AuditHistoryDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query OrganisationChoices($nameContains: String) {\n    organisations(first: 20, filter: { nameContains: $nameContains, includeArchived: true }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": types.OrganisationChoicesDocument,
    "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      sectors\n      city\n      region\n      description\n      website\n      membershipStatus\n      archivedAt\n      createdAt\n      people {\n        id\n        fullName\n        email\n        role\n        status\n      }\n    }\n  }\n": types.OrganisationDetailDocument,
    "\n  query OrganisationNeeds($organisationId: ID!, $first: Int!) {\n    needs(first: $first, filter: { organisationId: $organisationId, includeArchived: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          anonymous\n          archivedAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.OrganisationNeedsDocument,
    "\n  mutation UpdateOrganisationMembership($id: ID!, $membershipStatus: MembershipStatus!) {\n    updateOrganisation(id: $id, input: { membershipStatus: $membershipStatus }) {\n      id\n      membershipStatus\n    }\n  }\n": types.UpdateOrganisationMembershipDocument,
    "\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveOrganisationDocument,
    "\n  mutation UnarchiveOrganisation($id: ID!) {\n    unarchiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.UnarchiveOrganisationDocument,
    "\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          sectors\n          city\n          membershipStatus\n          archivedAt\n        }\n      }\n    }\n  }\n": types.OrganisationsListDocument,
    "\n  query PeopleList($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PersonRow\n        }\n      }\n    }\n  }\n": types.PeopleListDocument,
    "\n  fragment PersonRow on User {\n    id\n    fullName\n    email\n    role\n    status\n    invitationStatus\n    organisation {\n      id\n      name\n    }\n  }\n": types.PersonRowFragmentDoc,
    "\n  mutation SuspendUser($id: ID!) {\n    suspendUser(id: $id) {\n      id\n      status\n    }\n  }\n": types.SuspendUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      status\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      invitationStatus\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation ArchiveNeed($id: ID!) {\n    archiveNeed(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": types.ArchiveNeedDocument,
    "\n  query ViewerOrganisation {\n    me {\n      id\n      organisation {\n        id\n      }\n    }\n  }\n": types.ViewerOrganisationDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!, $idempotencyKey: String) {\n    expressInterest(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      kind\n      need {\n        id\n      }\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  query MyNeeds($after: String) {\n    needs(first: 50, after: $after, filter: { mine: true, includeArchived: true }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          language\n          sector\n          status\n          visibility\n          anonymous\n          trlCurrent\n          trlTarget\n          updatedAt\n          archivedAt\n          matchCounts {\n            total\n            proposed\n            introduced\n            collaborating\n          }\n        }\n      }\n    }\n  }\n": types.MyNeedsDocument,
    "\n  query NeedDetail($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      sector\n      status\n      visibility\n      anonymous\n      language\n      trlCurrent\n      trlTarget\n      budgetMinMad\n      budgetMaxMad\n      deadline\n      keywords\n      createdAt\n      updatedAt\n      archivedAt\n      concepts {\n        code\n        label\n      }\n      organisation {\n        id\n        name\n        city\n      }\n      author {\n        id\n        fullName\n      }\n      matchCounts {\n        total\n        proposed\n        introduced\n        collaborating\n      }\n    }\n  }\n": types.NeedDetailDocument,
    "\n  query MyInterestInNeed($needId: ID!) {\n    interests(needId: $needId, kind: EXPRESSION_OF_INTEREST, first: 1) {\n      totalCount\n    }\n  }\n": types.MyInterestInNeedDocument,
    "\n  query NeedToEdit($id: ID!) {\n    need(id: $id) {\n      ...EditableNeedFields\n      archivedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.NeedToEditDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!, $idempotencyKey: String) {\n    createNeed(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...EditableNeedFields\n      updatedAt\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  fragment EditableNeedFields on Need {\n    id\n    title\n    description\n    sector\n    trlCurrent\n    trlTarget\n    budgetMinMad\n    budgetMaxMad\n    deadline\n    language\n    visibility\n    anonymous\n    keywords\n    status\n  }\n": types.EditableNeedFieldsFragmentDoc,
    "\n  query Needs($after: String) {\n    needs(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          language\n          sector\n          visibility\n          anonymous\n          status\n          trlCurrent\n          trlTarget\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n": types.NeedsDocument,
    "\n  query PostingOrganisations {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          city\n          kind\n        }\n      }\n    }\n  }\n": types.PostingOrganisationsDocument,
    "\n  query RecommendedNeeds {\n    recommendedNeeds(first: 20) {\n      score\n      reasons\n      features {\n        name\n        contribution\n      }\n      need {\n        id\n        title\n        description\n        language\n        sector\n        status\n        visibility\n        trlCurrent\n        trlTarget\n        organisation {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": types.RecommendedNeedsDocument,
    "\n  mutation RequestIntroduction($input: RequestIntroductionInput!, $idempotencyKey: String) {\n    requestIntroduction(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      kind\n      status\n    }\n  }\n": types.RequestIntroductionDocument,
    "\n  query SuggestedExperts($needId: ID!) {\n    proposeMatches(needId: $needId, first: 10) {\n      score\n      reasons\n      introductionRequested\n      features {\n        name\n        contribution\n      }\n      researcher {\n        id\n        headline\n        languages\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          city\n          sectors\n        }\n      }\n    }\n  }\n": types.SuggestedExpertsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          matchId\n          link\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query BackupStatus {\n    backupStatus {\n      directory\n      scheduled\n      intervalHours\n      keep\n      health\n      warnAfterHours\n      lastAgeHours\n      lastError\n      lastErrorAt\n      last {\n        name\n        createdAt\n      }\n      backups {\n        name\n        createdAt\n        bytes\n        rows\n        schemaVersion\n      }\n    }\n  }\n": types.BackupStatusDocument,
    "\n  mutation RunBackup {\n    runBackup {\n      name\n    }\n  }\n": types.RunBackupDocument,
    "\n  query AccountDeletionRequests {\n    accountDeletionRequests {\n      id\n      note\n      requestedAt\n      person {\n        id\n        fullName\n        email\n        role\n        organisationName\n      }\n    }\n  }\n": types.AccountDeletionRequestsDocument,
    "\n  query PersonalDataForRequest($requestId: ID!) {\n    personalDataForRequest(requestId: $requestId) {\n      fileName\n      json\n    }\n  }\n": types.PersonalDataForRequestDocument,
    "\n  mutation CarryOutAccountDeletion($requestId: ID!) {\n    carryOutAccountDeletion(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": types.CarryOutAccountDeletionDocument,
    "\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n    }\n  }\n": types.MyPersonalDataDocument,
    "\n  query MyAccountDeletionRequest {\n    myAccountDeletionRequest {\n      id\n      status\n      requestedAt\n    }\n  }\n": types.MyAccountDeletionRequestDocument,
    "\n  mutation RequestAccountDeletion($input: RequestAccountDeletionInput) {\n    requestAccountDeletion(input: $input) {\n      id\n      status\n      requestedAt\n    }\n  }\n": types.RequestAccountDeletionDocument,
    "\n  mutation CancelAccountDeletion {\n    cancelAccountDeletion {\n      id\n      status\n    }\n  }\n": types.CancelAccountDeletionDocument,
    "\n  fragment ProfileViewFields on ResearcherProfile {\n    id\n    headline\n    expertise\n    keywords\n    techniques\n    equipment\n    languages\n    availability\n    trlMin\n    trlMax\n    updatedAt\n    archivedAt\n    publications {\n      title\n      year\n      doi\n      abstract\n    }\n    concepts {\n      code\n      label\n    }\n    researcher {\n      id\n      fullName\n      email\n      phone\n    }\n    organisation {\n      id\n      name\n      city\n      region\n    }\n  }\n": types.ProfileViewFieldsFragmentDoc,
    "\n  query ResearcherProfile($id: ID!) {\n    researcherProfile(id: $id) {\n      ...ProfileViewFields\n    }\n  }\n": types.ResearcherProfileDocument,
    "\n  query MyProfile {\n    myProfile {\n      id\n      headline\n      expertise\n      keywords\n      techniques\n      equipment\n      languages\n      availability\n      trlMin\n      trlMax\n      publications {\n        title\n        year\n        doi\n        abstract\n      }\n    }\n    me {\n      id\n      organisation {\n        id\n        name\n        city\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation SaveMyProfile($input: ProfileInput!) {\n    saveMyProfile(input: $input) {\n      ...ProfileViewFields\n    }\n  }\n": types.SaveMyProfileDocument,
    "\n  query SearchNeeds($query: String, $filters: NeedSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchNeeds(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      total\n      hits {\n        score\n        highlights {\n          field\n          snippets\n        }\n        need {\n          id\n          title\n          description\n          sector\n          trlCurrent\n          trlTarget\n          language\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n      facets {\n        ...SearchFacetFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SearchNeedsDocument,
    "\n  query SearchResearchers($query: String, $filters: ResearcherSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchResearchers(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      total\n      hits {\n        score\n        highlights {\n          field\n          snippets\n        }\n        researcher {\n          id\n          headline\n          expertise\n          availability\n          trlMin\n          trlMax\n          updatedAt\n          researcher {\n            id\n            fullName\n          }\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n      facets {\n        ...SearchFacetFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SearchResearchersDocument,
    "\n  fragment SearchFacetFields on SearchFacet {\n    name\n    values {\n      value\n      count\n      label\n    }\n  }\n": types.SearchFacetFieldsFragmentDoc,
    "\n  query SearchNeedsCursor($query: String, $filters: NeedSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchNeeds(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SearchNeedsCursorDocument,
    "\n  query SearchResearchersCursor($query: String, $filters: ResearcherSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchResearchers(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SearchResearchersCursorDocument,
    "\n  query NeedFacetCounts($query: String, $filters: NeedSearchFilters) {\n    searchNeeds(query: $query, filters: $filters, first: 1) {\n      facets {\n        ...SearchFacetFields\n      }\n    }\n  }\n": types.NeedFacetCountsDocument,
    "\n  query ResearcherFacetCounts($query: String, $filters: ResearcherSearchFilters) {\n    searchResearchers(query: $query, filters: $filters, first: 1) {\n      facets {\n        ...SearchFacetFields\n      }\n    }\n  }\n": types.ResearcherFacetCountsDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    dryRun\n    rows\n    okRows\n    errorRows\n    usersCreated\n    usersUpdated\n    organisationsCreated\n    organisationsUpdated\n    unchanged\n    problems {\n      line\n      field\n      reason\n    }\n    warnings {\n      line\n      field\n      reason\n    }\n  }\n": types.ImportReportFieldsFragmentDoc,
    "\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": types.ImportMembersDocument,
    "\n  query NeedsForResearcher($researcherProfileId: ID!) {\n    recommendedNeedsFor(researcherProfileId: $researcherProfileId, first: 10) {\n      score\n      reasons\n      features {\n        name\n        contribution\n      }\n      need {\n        id\n        title\n        language\n        organisation {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": types.NeedsForResearcherDocument,
    "\n  query PendingSignUpCount {\n    users(filter: { status: PENDING }, first: 1) {\n      totalCount\n    }\n  }\n": types.PendingSignUpCountDocument,
    "\n  query PipelinePairs($filter: PipelineFilter!) {\n    pipeline(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          status\n          need {\n            id\n          }\n          researcher {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PipelinePairsDocument,
    "\n  mutation ShortlistPair($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n      status\n    }\n  }\n": types.ShortlistPairDocument,
    "\n  mutation RefuseUser($id: ID!, $reason: String!) {\n    refuseUser(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RefuseUserDocument,
    "\n  mutation SaveSuggestedMatches($needId: ID!, $first: Int!) {\n    saveSuggestedMatches(needId: $needId, first: $first) {\n      score\n    }\n  }\n": types.SaveSuggestedMatchesDocument,
    "\n  query ViewerLanguage {\n    me {\n      id\n      preferredLanguage\n    }\n  }\n": types.ViewerLanguageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    me {\n      id\n      fullName\n      email\n      phone\n      role\n      preferredLanguage\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    me {\n      id\n      fullName\n      email\n      phone\n      role\n      preferredLanguage\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyAccount($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      fullName\n      phone\n      preferredLanguage\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyAccount($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      fullName\n      phone\n      preferredLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      fullName\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      fullName\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteImportedMembers {\n    inviteMembers {\n      invited\n      skipped\n    }\n  }\n"): (typeof documents)["\n  mutation InviteImportedMembers {\n    inviteMembers {\n      invited\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      fullName\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      fullName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpOrganisations($query: String, $first: Int) {\n    signUpOrganisations(query: $query, first: $first) {\n      id\n      name\n      kind\n      city\n    }\n  }\n"): (typeof documents)["\n  query SignUpOrganisations($query: String, $first: Int) {\n    signUpOrganisations(query: $query, first: $first) {\n      id\n      name\n      kind\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingSignUps($first: Int!) {\n    users(filter: { status: PENDING }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          email\n          phone\n          role\n          preferredLanguage\n          createdAt\n          organisation {\n            id\n            name\n            kind\n            city\n            region\n            membershipStatus\n            sectors\n            size\n            website\n            description\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingSignUps($first: Int!) {\n    users(filter: { status: PENDING }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          email\n          phone\n          role\n          preferredLanguage\n          createdAt\n          organisation {\n            id\n            name\n            kind\n            city\n            region\n            membershipStatus\n            sectors\n            size\n            website\n            description\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      userId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      userId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation SignOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerMatch($id: ID!, $input: AnswerMatchInput!) {\n    answerMatch(id: $id, input: $input) {\n      ...MyMatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerMatch($id: ID!, $input: AnswerMatchInput!) {\n    answerMatch(id: $id, input: $input) {\n      ...MyMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCollaboration($matchId: ID!, $input: StartCollaborationInput!) {\n    startCollaboration(matchId: $matchId, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartCollaboration($matchId: ID!, $input: StartCollaborationInput!) {\n    startCollaboration(matchId: $matchId, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    updateMilestone(id: $id, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    updateMilestone(id: $id, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($collaborationId: ID!, $input: MilestoneInput!) {\n    addMilestone(collaborationId: $collaborationId, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AddMilestone($collaborationId: ID!, $input: MilestoneInput!) {\n    addMilestone(collaborationId: $collaborationId, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallEquipmentChoice {\n    hallCatalogue {\n      id\n      name\n      category\n    }\n  }\n"): (typeof documents)["\n  query HallEquipmentChoice {\n    hallCatalogue {\n      id\n      name\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollaborationFields on Collaboration {\n    id\n    title\n    startDate\n    partners\n    milestones {\n      id\n      title\n      dueDate\n      status\n    }\n    bookings {\n      id\n      startsOn\n      endsOn\n      status\n      purpose\n      equipment {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CollaborationFields on Collaboration {\n    id\n    title\n    startDate\n    partners\n    milestones {\n      id\n      title\n      dueDate\n      status\n    }\n    bookings {\n      id\n      startsOn\n      endsOn\n      status\n      purpose\n      equipment {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Interests {\n    interests(status: OPEN, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          message\n          createdAt\n          requestedBy {\n            id\n            fullName\n          }\n          need {\n            id\n            title\n            language\n          }\n          researcher {\n            id\n            researcher {\n              id\n              fullName\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Interests {\n    interests(status: OPEN, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          message\n          createdAt\n          requestedBy {\n            id\n            fullName\n          }\n          need {\n            id\n            title\n            language\n          }\n          researcher {\n            id\n            researcher {\n              id\n              fullName\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertInterest($id: ID!) {\n    convertInterest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertInterest($id: ID!) {\n    convertInterest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissInterest($id: ID!) {\n    dismissInterest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DismissInterest($id: ID!) {\n    dismissInterest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortlistMatch($id: ID!, $input: TransitionInput) {\n    shortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ShortlistMatch($id: ID!, $input: TransitionInput) {\n    shortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnshortlistMatch($id: ID!, $input: TransitionInput) {\n    unshortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnshortlistMatch($id: ID!, $input: TransitionInput) {\n    unshortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMatch($id: ID!, $input: TransitionInput, $message: String) {\n    proposeMatch(id: $id, input: $input, message: $message) {\n      id\n      status\n      version\n      statusChangedAt\n      proposedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMatch($id: ID!, $input: TransitionInput, $message: String) {\n    proposeMatch(id: $id, input: $input, message: $message) {\n      id\n      status\n      version\n      statusChangedAt\n      proposedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      outcome\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      outcome\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchDetail($id: ID!) {\n    match(id: $id) {\n      id\n      status\n      version\n      outcome\n      outcomeNote\n      createdAt\n      need {\n        id\n        title\n        language\n        sector\n        organisation {\n          id\n          name\n        }\n      }\n      researcher {\n        id\n        headline\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      owner {\n        id\n        fullName\n      }\n      ...MatchSidesFields\n      timeline {\n        id\n        event\n        fromStatus\n        toStatus\n        note\n        createdAt\n        actor {\n          id\n          fullName\n        }\n      }\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchDetail($id: ID!) {\n    match(id: $id) {\n      id\n      status\n      version\n      outcome\n      outcomeNote\n      createdAt\n      need {\n        id\n        title\n        language\n        sector\n        organisation {\n          id\n          name\n        }\n      }\n      researcher {\n        id\n        headline\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      owner {\n        id\n        fullName\n      }\n      ...MatchSidesFields\n      timeline {\n        id\n        event\n        fromStatus\n        toStatus\n        note\n        createdAt\n        actor {\n          id\n          fullName\n        }\n      }\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMatchNote($id: ID!, $note: String!) {\n    addMatchNote(id: $id, note: $note) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddMatchNote($id: ID!, $note: String!) {\n    addMatchNote(id: $id, note: $note) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchSidesFields on Match {\n    industrialSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    researcherSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    contacts {\n      industrial {\n        name\n        organisation\n        email\n        phone\n      }\n      researcher {\n        name\n        organisation\n        email\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MatchSidesFields on Match {\n    industrialSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    researcherSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    contacts {\n      industrial {\n        name\n        organisation\n        email\n        phone\n      }\n      researcher {\n        name\n        organisation\n        email\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyMatchFields on Match {\n    id\n    status\n    version\n    proposedAt\n    need {\n      id\n      title\n      language\n      sector\n      organisation {\n        id\n        name\n        city\n      }\n    }\n    researcher {\n      id\n      headline\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    ...MatchSidesFields\n  }\n"): (typeof documents)["\n  fragment MyMatchFields on Match {\n    id\n    status\n    version\n    proposedAt\n    need {\n      id\n      title\n      language\n      sector\n      organisation {\n        id\n        name\n        city\n      }\n    }\n    researcher {\n      id\n      headline\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    ...MatchSidesFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMatch($id: ID!) {\n    match(id: $id) {\n      ...MyMatchFields\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMatch($id: ID!) {\n    match(id: $id) {\n      ...MyMatchFields\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMatches {\n    myMatches(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...MyMatchFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMatches {\n    myMatches(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...MyMatchFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineCounts($filter: PipelineFilter) {\n    pipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query PipelineCounts($filter: PipelineFilter) {\n    pipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineColumn($filter: PipelineFilter!, $first: Int!, $after: String) {\n    pipeline(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PipelineCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineColumn($filter: PipelineFilter!, $first: Int!, $after: String) {\n    pipeline(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PipelineCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PipelineCardFields on Match {\n    id\n    status\n    version\n    statusChangedAt\n    need {\n      id\n      title\n      language\n      sector\n    }\n    researcher {\n      id\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    owner {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment PipelineCardFields on Match {\n    id\n    status\n    version\n    statusChangedAt\n    need {\n      id\n      title\n      language\n      sector\n    }\n    researcher {\n      id\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    owner {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetectConcepts($text: String!) {\n    detectConcepts(text: $text) {\n      code\n      label\n      matched\n    }\n  }\n"): (typeof documents)["\n  query DetectConcepts($text: String!) {\n    detectConcepts(text: $text) {\n      code\n      label\n      matched\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEventMeeting($id: ID!) {\n    cancelEventMeeting(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEventMeeting($id: ID!) {\n    cancelEventMeeting(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBrokerageEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBrokerageEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBrokerageEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      capacity\n      requestMode\n      requestsExpireAt\n      maxRequests\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBrokerageEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      capacity\n      requestMode\n      requestsExpireAt\n      maxRequests\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventManage($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      capacity\n      requestMode\n      requestsExpireAt\n      maxRequests\n      participantCount\n      sessions {\n        id\n        name\n        startsAt\n        endsAt\n        breakMinutes\n      }\n      slots {\n        id\n        sessionId\n        startsAt\n        endsAt\n      }\n      tables {\n        id\n        name\n      }\n      participants {\n        id\n        kind\n        fullName\n        organisationName\n        languages\n        status\n        registeredAt\n        contact {\n          email\n          phone\n        }\n      }\n    }\n    eventMeetings(eventId: $id) {\n      id\n      status\n      message\n      declineReason\n      createdAt\n      startsAt\n      endsAt\n      slotId\n      tableId\n      tableName\n      pinned\n      unplacedReason\n      proposedSlotId\n      attendance\n      requesterFollowUp\n      recipientFollowUp\n      matchId\n      requester {\n        id\n        kind\n        fullName\n        organisationName\n      }\n      recipient {\n        id\n        kind\n        fullName\n        organisationName\n      }\n    }\n    eventKpis(eventId: $id) {\n      registrations\n      requests\n      accepted\n      declined\n      expired\n      scheduled\n      held\n      noShows\n      matches\n      collaborations\n    }\n  }\n"): (typeof documents)["\n  query EventManage($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      capacity\n      requestMode\n      requestsExpireAt\n      maxRequests\n      participantCount\n      sessions {\n        id\n        name\n        startsAt\n        endsAt\n        breakMinutes\n      }\n      slots {\n        id\n        sessionId\n        startsAt\n        endsAt\n      }\n      tables {\n        id\n        name\n      }\n      participants {\n        id\n        kind\n        fullName\n        organisationName\n        languages\n        status\n        registeredAt\n        contact {\n          email\n          phone\n        }\n      }\n    }\n    eventMeetings(eventId: $id) {\n      id\n      status\n      message\n      declineReason\n      createdAt\n      startsAt\n      endsAt\n      slotId\n      tableId\n      tableName\n      pinned\n      unplacedReason\n      proposedSlotId\n      attendance\n      requesterFollowUp\n      recipientFollowUp\n      matchId\n      requester {\n        id\n        kind\n        fullName\n        organisationName\n      }\n      recipient {\n        id\n        kind\n        fullName\n        organisationName\n      }\n    }\n    eventKpis(eventId: $id) {\n      registrations\n      requests\n      accepted\n      declined\n      expired\n      scheduled\n      held\n      noShows\n      matches\n      collaborations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registrationOpen\n      meetingMinutes\n      requestMode\n      requestsExpireAt\n      participantCount\n      slots {\n        id\n        startsAt\n        endsAt\n      }\n      myRegistration {\n        id\n        status\n        offer\n        seek\n        languages\n        availableSlotIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registrationOpen\n      meetingMinutes\n      requestMode\n      requestsExpireAt\n      participantCount\n      slots {\n        id\n        startsAt\n        endsAt\n      }\n      myRegistration {\n        id\n        status\n        offer\n        seek\n        languages\n        availableSlotIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrokerageEvents {\n    events {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      participantCount\n      myRegistration {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrokerageEvents {\n    events {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      venue\n      online\n      registrationOpensAt\n      registrationClosesAt\n      meetingMinutes\n      participantCount\n      myRegistration {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEventSession($id: ID!) {\n    removeEventSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveEventSession($id: ID!) {\n    removeEventSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEventStatus($id: ID!, $input: EventStatusInput!) {\n    setEventStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetEventStatus($id: ID!, $input: EventStatusInput!) {\n    setEventStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveEventMeeting($id: ID!, $input: MoveMeetingInput!) {\n    moveEventMeeting(id: $id, input: $input) {\n      id\n      slotId\n      tableId\n    }\n  }\n"): (typeof documents)["\n  mutation MoveEventMeeting($id: ID!, $input: MoveMeetingInput!) {\n    moveEventMeeting(id: $id, input: $input) {\n      id\n      slotId\n      tableId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkEventMeeting($id: ID!, $input: AttendanceInput!) {\n    markEventMeeting(id: $id, input: $input) {\n      id\n      attendance\n    }\n  }\n"): (typeof documents)["\n  mutation MarkEventMeeting($id: ID!, $input: AttendanceInput!) {\n    markEventMeeting(id: $id, input: $input) {\n      id\n      attendance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyEventMeetingProposal($id: ID!) {\n    applyEventMeetingProposal(id: $id) {\n      id\n      slotId\n      tableId\n      proposedSlotId\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyEventMeetingProposal($id: ID!) {\n    applyEventMeetingProposal(id: $id) {\n      id\n      slotId\n      tableId\n      proposedSlotId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventMeetingNeeds($id: ID!) {\n    eventMeetingNeeds(meetingId: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query EventMeetingNeeds($id: ID!) {\n    eventMeetingNeeds(meetingId: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertEventMeetingToMatch($id: ID!, $needId: ID!) {\n    convertEventMeetingToMatch(id: $id, needId: $needId) {\n      id\n      matchId\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertEventMeetingToMatch($id: ID!, $needId: ID!) {\n    convertEventMeetingToMatch(id: $id, needId: $needId) {\n      id\n      matchId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleEvent($id: ID!) {\n    scheduleEvent(eventId: $id) {\n      meetings\n      placed\n      upperBound\n      unplaced {\n        meetingId\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleEvent($id: ID!) {\n    scheduleEvent(eventId: $id) {\n      meetings\n      placed\n      upperBound\n      unplaced {\n        meetingId\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendEventAgendas($id: ID!) {\n    sendEventAgendas(eventId: $id)\n  }\n"): (typeof documents)["\n  mutation SendEventAgendas($id: ID!) {\n    sendEventAgendas(eventId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEventSession($eventId: ID!, $input: SessionInput!) {\n    addEventSession(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddEventSession($eventId: ID!, $input: SessionInput!) {\n    addEventSession(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEventTables($eventId: ID!, $input: TablesInput!) {\n    setEventTables(eventId: $eventId, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SetEventTables($eventId: ID!, $input: TablesInput!) {\n    setEventTables(eventId: $eventId, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventParticipants($id: ID!, $filter: ParticipantFilter) {\n    event(id: $id) {\n      id\n      participants(filter: $filter) {\n        id\n        kind\n        fullName\n        organisationName\n        city\n        sectors\n        offer\n        seek\n        languages\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventParticipants($id: ID!, $filter: ParticipantFilter) {\n    event(id: $id) {\n      id\n      participants(filter: $filter) {\n        id\n        kind\n        fullName\n        organisationName\n        city\n        sectors\n        offer\n        seek\n        languages\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventSuggestions($id: ID!) {\n    eventSuggestions(eventId: $id, first: 10) {\n      score\n      reasons\n      requestStatus\n      participant {\n        id\n        kind\n        fullName\n        organisationName\n        offer\n        seek\n        languages\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventSuggestions($id: ID!) {\n    eventSuggestions(eventId: $id, first: 10) {\n      score\n      reasons\n      requestStatus\n      participant {\n        id\n        kind\n        fullName\n        organisationName\n        offer\n        seek\n        languages\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerEventMeeting($id: ID!, $input: AnswerMeetingInput!) {\n    answerEventMeeting(id: $id, input: $input) {\n      id\n      status\n      declineReason\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerEventMeeting($id: ID!, $input: AnswerMeetingInput!) {\n    answerEventMeeting(id: $id, input: $input) {\n      id\n      status\n      declineReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAgenda($id: ID!) {\n    eventAgenda(eventId: $id) {\n      id\n      startsAt\n      endsAt\n      tableName\n      attendance\n      myFollowUp\n      proposedSlotId\n      slotId\n      requester {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n      recipient {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventAgenda($id: ID!) {\n    eventAgenda(eventId: $id) {\n      id\n      startsAt\n      endsAt\n      tableName\n      attendance\n      myFollowUp\n      proposedSlotId\n      slotId\n      requester {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n      recipient {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAgendaIcs($id: ID!) {\n    eventAgendaIcs(eventId: $id)\n  }\n"): (typeof documents)["\n  query EventAgendaIcs($id: ID!) {\n    eventAgendaIcs(eventId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEventMeetingFollowUp($id: ID!, $worth: Boolean!) {\n    setEventMeetingFollowUp(id: $id, worthContinuing: $worth) {\n      id\n      myFollowUp\n    }\n  }\n"): (typeof documents)["\n  mutation SetEventMeetingFollowUp($id: ID!, $worth: Boolean!) {\n    setEventMeetingFollowUp(id: $id, worthContinuing: $worth) {\n      id\n      myFollowUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventMeetings($id: ID!) {\n    eventMeetings(eventId: $id) {\n      id\n      status\n      message\n      declineReason\n      startsAt\n      endsAt\n      tableName\n      createdAt\n      requester {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n      recipient {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventMeetings($id: ID!) {\n    eventMeetings(eventId: $id) {\n      id\n      status\n      message\n      declineReason\n      startsAt\n      endsAt\n      tableName\n      createdAt\n      requester {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n      recipient {\n        id\n        fullName\n        organisationName\n        contact {\n          email\n          phone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeEventMeetingSlot($id: ID!, $slotId: ID!) {\n    proposeEventMeetingSlot(id: $id, slotId: $slotId) {\n      id\n      proposedSlotId\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeEventMeetingSlot($id: ID!, $slotId: ID!) {\n    proposeEventMeetingSlot(id: $id, slotId: $slotId) {\n      id\n      proposedSlotId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventRegistrationDefaults {\n    eventRegistrationDefaults {\n      offer\n      seek\n      languages\n    }\n  }\n"): (typeof documents)["\n  query EventRegistrationDefaults {\n    eventRegistrationDefaults {\n      offer\n      seek\n      languages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForEvent($eventId: ID!, $input: RegistrationInput!) {\n    registerForEvent(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForEvent($eventId: ID!, $input: RegistrationInput!) {\n    registerForEvent(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEventRegistration($eventId: ID!, $input: RegistrationInput!) {\n    updateEventRegistration(eventId: $eventId, input: $input) {\n      id\n      offer\n      seek\n      languages\n      availableSlotIds\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEventRegistration($eventId: ID!, $input: RegistrationInput!) {\n    updateEventRegistration(eventId: $eventId, input: $input) {\n      id\n      offer\n      seek\n      languages\n      availableSlotIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFromEvent($eventId: ID!) {\n    withdrawFromEvent(eventId: $eventId)\n  }\n"): (typeof documents)["\n  mutation WithdrawFromEvent($eventId: ID!) {\n    withdrawFromEvent(eventId: $eventId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEventMeeting($eventId: ID!, $input: MeetingRequestInput!) {\n    requestEventMeeting(eventId: $eventId, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestEventMeeting($eventId: ID!, $input: MeetingRequestInput!) {\n    requestEventMeeting(eventId: $eventId, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlossaryEntryFields on GlossaryEntryModel {\n    id\n    code\n    conceptCode\n    category\n    labelsFr\n    labelsAr\n    labelsEn\n    variants\n    definition\n    status\n    source\n    mergedIntoId\n    extends {\n      code\n      label\n    }\n    broader {\n      code\n      label\n      glossary\n    }\n    createdBy {\n      fullName\n    }\n    createdAt\n    updatedBy {\n      fullName\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment GlossaryEntryFields on GlossaryEntryModel {\n    id\n    code\n    conceptCode\n    category\n    labelsFr\n    labelsAr\n    labelsEn\n    variants\n    definition\n    status\n    source\n    mergedIntoId\n    extends {\n      code\n      label\n    }\n    broader {\n      code\n      label\n      glossary\n    }\n    createdBy {\n      fullName\n    }\n    createdAt\n    updatedBy {\n      fullName\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThesaurusConcepts($search: String!) {\n    thesaurusConcepts(search: $search, first: 20) {\n      code\n      label\n      glossary\n    }\n  }\n"): (typeof documents)["\n  query ThesaurusConcepts($search: String!) {\n    thesaurusConcepts(search: $search, first: 20) {\n      code\n      label\n      glossary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGlossaryEntry($input: GlossaryEntryInput!) {\n    createGlossaryEntry(input: $input) {\n      needsReindexed\n      profilesReindexed\n      entry {\n        ...GlossaryEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGlossaryEntry($input: GlossaryEntryInput!) {\n    createGlossaryEntry(input: $input) {\n      needsReindexed\n      profilesReindexed\n      entry {\n        ...GlossaryEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGlossaryEntry($id: ID!, $input: GlossaryEntryInput!) {\n    updateGlossaryEntry(id: $id, input: $input) {\n      needsReindexed\n      profilesReindexed\n      entry {\n        ...GlossaryEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGlossaryEntry($id: ID!, $input: GlossaryEntryInput!) {\n    updateGlossaryEntry(id: $id, input: $input) {\n      needsReindexed\n      profilesReindexed\n      entry {\n        ...GlossaryEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossaryEntries($search: String, $status: GlossaryEntryStatus) {\n    glossaryEntries(search: $search, status: $status) {\n      ...GlossaryEntryFields\n    }\n  }\n"): (typeof documents)["\n  query GlossaryEntries($search: String, $status: GlossaryEntryStatus) {\n    glossaryEntries(search: $search, status: $status) {\n      ...GlossaryEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossaryOverview {\n    glossaryOverview {\n      active\n      retired\n      merged\n      starterSize\n      canLoadStarter\n    }\n  }\n"): (typeof documents)["\n  query GlossaryOverview {\n    glossaryOverview {\n      active\n      retired\n      merged\n      starterSize\n      canLoadStarter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossaryHistory($id: ID!) {\n    auditLog(subjectType: \"GLOSSARY_ENTRY\", subjectId: $id) {\n      id\n      at\n      action\n      actor {\n        fullName\n      }\n      details {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query GlossaryHistory($id: ID!) {\n    auditLog(subjectType: \"GLOSSARY_ENTRY\", subjectId: $id) {\n      id\n      at\n      action\n      actor {\n        fullName\n      }\n      details {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireGlossaryEntry($id: ID!) {\n    retireGlossaryEntry(id: $id) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n"): (typeof documents)["\n  mutation RetireGlossaryEntry($id: ID!) {\n    retireGlossaryEntry(id: $id) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreGlossaryEntry($id: ID!) {\n    restoreGlossaryEntry(id: $id) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreGlossaryEntry($id: ID!) {\n    restoreGlossaryEntry(id: $id) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeGlossaryEntries($sourceId: ID!, $targetId: ID!) {\n    mergeGlossaryEntries(sourceId: $sourceId, targetId: $targetId) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n"): (typeof documents)["\n  mutation MergeGlossaryEntries($sourceId: ID!, $targetId: ID!) {\n    mergeGlossaryEntries(sourceId: $sourceId, targetId: $targetId) {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadStarterGlossary {\n    loadStarterGlossary {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n"): (typeof documents)["\n  mutation LoadStarterGlossary {\n    loadStarterGlossary {\n      needsReindexed\n      profilesReindexed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossaryCsv {\n    glossaryCsv\n  }\n"): (typeof documents)["\n  query GlossaryCsv {\n    glossaryCsv\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportGlossary($input: ImportGlossaryInput!) {\n    importGlossary(input: $input) {\n      ...GlossaryImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportGlossary($input: ImportGlossaryInput!) {\n    importGlossary(input: $input) {\n      ...GlossaryImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlossaryImportReportFields on GlossaryImportReport {\n    dryRun\n    rows\n    created\n    updated\n    unchanged\n    problems {\n      line\n      field\n      reason\n    }\n    preview {\n      line\n      code\n      label\n      action\n    }\n  }\n"): (typeof documents)["\n  fragment GlossaryImportReportFields on GlossaryImportReport {\n    dryRun\n    rows\n    created\n    updated\n    unchanged\n    problems {\n      line\n      field\n      reason\n    }\n    preview {\n      line\n      code\n      label\n      action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossarySuggestions {\n    glossarySuggestions(first: 25) {\n      word\n      language\n      needs\n      profiles\n      contexts {\n        kind\n        id\n        title\n        snippet\n      }\n    }\n  }\n"): (typeof documents)["\n  query GlossarySuggestions {\n    glossarySuggestions(first: 25) {\n      word\n      language\n      needs\n      profiles\n      contexts {\n        kind\n        id\n        title\n        snippet\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZeroHitQueries {\n    zeroHitQueries(first: 25) {\n      query\n      scope\n      occurrences\n      lastAt\n    }\n  }\n"): (typeof documents)["\n  query ZeroHitQueries {\n    zeroHitQueries(first: 25) {\n      query\n      scope\n      occurrences\n      lastAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndexingStatus {\n    indexingStatus {\n      search {\n        state\n        pending\n      }\n      matching {\n        state\n        pending\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndexingStatus {\n    indexingStatus {\n      search {\n        state\n        pending\n      }\n      matching {\n        state\n        pending\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveHallBooking($id: ID!) {\n    approveHallBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveHallBooking($id: ID!) {\n    approveHallBooking(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseHallBooking($id: ID!, $reason: String!) {\n    refuseHallBooking(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseHallBooking($id: ID!, $reason: String!) {\n    refuseHallBooking(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelHallBooking($id: ID!, $reason: String) {\n    cancelHallBooking(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation CancelHallBooking($id: ID!, $reason: String) {\n    cancelHallBooking(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveHallBooking($id: ID!, $input: DaysInput!) {\n    moveHallBooking(id: $id, input: $input) {\n      id\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation MoveHallBooking($id: ID!, $input: DaysInput!) {\n    moveHallBooking(id: $id, input: $input) {\n      id\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquipmentCalendar($id: ID!, $monthFrom: String!, $monthTo: String!, $weekFrom: String!, $weekTo: String!) {\n    hallEquipment(id: $id) {\n      id\n      month: calendar(from: $monthFrom, to: $monthTo) {\n        kind\n        startsOn\n        endsOn\n        note\n        booking {\n          id\n          purpose\n          requesterName\n          organisationName\n        }\n      }\n      week: calendar(from: $weekFrom, to: $weekTo) {\n        kind\n        startsOn\n        endsOn\n        note\n        booking {\n          id\n          purpose\n          requesterName\n          organisationName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EquipmentCalendar($id: ID!, $monthFrom: String!, $monthTo: String!, $weekFrom: String!, $weekTo: String!) {\n    hallEquipment(id: $id) {\n      id\n      month: calendar(from: $monthFrom, to: $monthTo) {\n        kind\n        startsOn\n        endsOn\n        note\n        booking {\n          id\n          purpose\n          requesterName\n          organisationName\n        }\n      }\n      week: calendar(from: $weekFrom, to: $weekTo) {\n        kind\n        startsOn\n        endsOn\n        note\n        booking {\n          id\n          purpose\n          requesterName\n          organisationName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHallEquipment($input: EquipmentInput!) {\n    createHallEquipment(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHallEquipment($input: EquipmentInput!) {\n    createHallEquipment(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHallEquipment($id: ID!, $input: EquipmentInput!) {\n    updateHallEquipment(id: $id, input: $input) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateHallEquipment($id: ID!, $input: EquipmentInput!) {\n    updateHallEquipment(id: $id, input: $input) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveHallEquipment($id: ID!) {\n    archiveHallEquipment(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveHallEquipment($id: ID!) {\n    archiveHallEquipment(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallEquipmentPage($id: ID!) {\n    hallEquipment(id: $id) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n      archivedAt\n      maintenance {\n        id\n        startsOn\n        endsOn\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query HallEquipmentPage($id: ID!) {\n    hallEquipment(id: $id) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n      archivedAt\n      maintenance {\n        id\n        startsOn\n        endsOn\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallBookings($filter: HallBookingFilter, $first: Int) {\n    hallBookings(filter: $filter, first: $first) {\n      totalCount\n      items {\n        id\n        status\n        startsOn\n        endsOn\n        purpose\n        decisionReason\n        requesterName\n        organisationName\n        collaborationTitle\n        mayCancel\n        equipment {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HallBookings($filter: HallBookingFilter, $first: Int) {\n    hallBookings(filter: $filter, first: $first) {\n      totalCount\n      items {\n        id\n        status\n        startsOn\n        endsOn\n        purpose\n        decisionReason\n        requesterName\n        organisationName\n        collaborationTitle\n        mayCancel\n        equipment {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallCatalogue($includeArchived: Boolean) {\n    hallCatalogue(includeArchived: $includeArchived) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query HallCatalogue($includeArchived: Boolean) {\n    hallCatalogue(includeArchived: $includeArchived) {\n      id\n      name\n      category\n      description\n      capacity\n      rules\n      photoUrl\n      status\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddHallMaintenance($equipmentId: ID!, $input: MaintenanceInput!) {\n    addHallMaintenance(equipmentId: $equipmentId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddHallMaintenance($equipmentId: ID!, $input: MaintenanceInput!) {\n    addHallMaintenance(equipmentId: $equipmentId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveHallMaintenance($id: ID!) {\n    removeHallMaintenance(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveHallMaintenance($id: ID!) {\n    removeHallMaintenance(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestHallBooking($input: HallBookingRequestInput!) {\n    requestHallBooking(input: $input) {\n      id\n      status\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation RequestHallBooking($input: HallBookingRequestInput!) {\n    requestHallBooking(input: $input) {\n      id\n      status\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHallCollaborations {\n    myMatches(first: 100) {\n      edges {\n        node {\n          id\n          collaboration {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyHallCollaborations {\n    myMatches(first: 100) {\n      edges {\n        node {\n          id\n          collaboration {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportEvents($filter: KpiFilter) {\n    exportEvents(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n"): (typeof documents)["\n  query ExportEvents($filter: KpiFilter) {\n    exportEvents(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMatches($filter: PipelineFilter, $period: KpiFilter) {\n    exportMatches(filter: $filter, period: $period) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n"): (typeof documents)["\n  query ExportMatches($filter: PipelineFilter, $period: KpiFilter) {\n    exportMatches(filter: $filter, period: $period) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportNeeds($filter: KpiFilter) {\n    exportNeeds(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n"): (typeof documents)["\n  query ExportNeeds($filter: KpiFilter) {\n    exportNeeds(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallOccupancy($from: String!, $to: String!) {\n    hallOccupancy(from: $from, to: $to) {\n      equipmentId\n      equipmentName\n      month\n      bookedDays\n      availableDays\n      rate\n    }\n  }\n"): (typeof documents)["\n  query HallOccupancy($from: String!, $to: String!) {\n    hallOccupancy(from: $from, to: $to) {\n      equipmentId\n      equipmentName\n      month\n      bookedDays\n      availableDays\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kpis($filter: KpiFilter) {\n    kpis(filter: $filter) {\n      from\n      to\n      needsPosted\n      matchesSuggested\n      matchesProposed\n      introductions\n      collaborations\n      successes\n      introductionRate\n      collaborationRate\n      medianDaysNeedToIntroduction\n      declineReasons {\n        side\n        reason\n        count\n      }\n      byMonth {\n        month\n        needsPosted\n        matchesSuggested\n        matchesProposed\n        introductions\n        collaborations\n      }\n      bySector {\n        sector\n        needsPosted\n        matchesSuggested\n        matchesProposed\n        introductions\n        collaborations\n        successes\n      }\n      events {\n        events {\n          eventId\n          title\n          startsOn\n          endsOn\n          status\n          registrations\n          requests\n          accepted\n          scheduled\n          held\n          noShows\n          matches\n          collaborations\n        }\n        total {\n          registrations\n          requests\n          accepted\n          scheduled\n          held\n          noShows\n          matches\n          collaborations\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Kpis($filter: KpiFilter) {\n    kpis(filter: $filter) {\n      from\n      to\n      needsPosted\n      matchesSuggested\n      matchesProposed\n      introductions\n      collaborations\n      successes\n      introductionRate\n      collaborationRate\n      medianDaysNeedToIntroduction\n      declineReasons {\n        side\n        reason\n        count\n      }\n      byMonth {\n        month\n        needsPosted\n        matchesSuggested\n        matchesProposed\n        introductions\n        collaborations\n      }\n      bySector {\n        sector\n        needsPosted\n        matchesSuggested\n        matchesProposed\n        introductions\n        collaborations\n        successes\n      }\n      events {\n        events {\n          eventId\n          title\n          startsOn\n          endsOn\n          status\n          registrations\n          requests\n          accepted\n          scheduled\n          held\n          noShows\n          matches\n          collaborations\n        }\n        total {\n          registrations\n          requests\n          accepted\n          scheduled\n          held\n          noShows\n          matches\n          collaborations\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      fullName\n      role\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      fullName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHistory($subjectType: String!, $subjectId: ID!) {\n    auditLog(subjectType: $subjectType, subjectId: $subjectId, first: 100) {\n      id\n      at\n      action\n      actor {\n        id\n        fullName\n      }\n      details {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditHistory($subjectType: String!, $subjectId: ID!) {\n    auditLog(subjectType: $subjectType, subjectId: $subjectId, first: 100) {\n      id\n      at\n      action\n      actor {\n        id\n        fullName\n      }\n      details {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationChoices($nameContains: String) {\n    organisations(first: 20, filter: { nameContains: $nameContains, includeArchived: true }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationChoices($nameContains: String) {\n    organisations(first: 20, filter: { nameContains: $nameContains, includeArchived: true }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      sectors\n      city\n      region\n      description\n      website\n      membershipStatus\n      archivedAt\n      createdAt\n      people {\n        id\n        fullName\n        email\n        role\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      sectors\n      city\n      region\n      description\n      website\n      membershipStatus\n      archivedAt\n      createdAt\n      people {\n        id\n        fullName\n        email\n        role\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationNeeds($organisationId: ID!, $first: Int!) {\n    needs(first: $first, filter: { organisationId: $organisationId, includeArchived: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          anonymous\n          archivedAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationNeeds($organisationId: ID!, $first: Int!) {\n    needs(first: $first, filter: { organisationId: $organisationId, includeArchived: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          anonymous\n          archivedAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationMembership($id: ID!, $membershipStatus: MembershipStatus!) {\n    updateOrganisation(id: $id, input: { membershipStatus: $membershipStatus }) {\n      id\n      membershipStatus\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationMembership($id: ID!, $membershipStatus: MembershipStatus!) {\n    updateOrganisation(id: $id, input: { membershipStatus: $membershipStatus }) {\n      id\n      membershipStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveOrganisation($id: ID!) {\n    unarchiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveOrganisation($id: ID!) {\n    unarchiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          sectors\n          city\n          membershipStatus\n          archivedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          sectors\n          city\n          membershipStatus\n          archivedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleList($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PersonRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleList($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PersonRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonRow on User {\n    id\n    fullName\n    email\n    role\n    status\n    invitationStatus\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonRow on User {\n    id\n    fullName\n    email\n    role\n    status\n    invitationStatus\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendUser($id: ID!) {\n    suspendUser(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendUser($id: ID!) {\n    suspendUser(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      invitationStatus\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      invitationStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveNeed($id: ID!) {\n    archiveNeed(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveNeed($id: ID!) {\n    archiveNeed(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerOrganisation {\n    me {\n      id\n      organisation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerOrganisation {\n    me {\n      id\n      organisation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressInterest($input: ExpressInterestInput!, $idempotencyKey: String) {\n    expressInterest(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      kind\n      need {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressInterest($input: ExpressInterestInput!, $idempotencyKey: String) {\n    expressInterest(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      kind\n      need {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNeeds($after: String) {\n    needs(first: 50, after: $after, filter: { mine: true, includeArchived: true }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          language\n          sector\n          status\n          visibility\n          anonymous\n          trlCurrent\n          trlTarget\n          updatedAt\n          archivedAt\n          matchCounts {\n            total\n            proposed\n            introduced\n            collaborating\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNeeds($after: String) {\n    needs(first: 50, after: $after, filter: { mine: true, includeArchived: true }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          language\n          sector\n          status\n          visibility\n          anonymous\n          trlCurrent\n          trlTarget\n          updatedAt\n          archivedAt\n          matchCounts {\n            total\n            proposed\n            introduced\n            collaborating\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedDetail($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      sector\n      status\n      visibility\n      anonymous\n      language\n      trlCurrent\n      trlTarget\n      budgetMinMad\n      budgetMaxMad\n      deadline\n      keywords\n      createdAt\n      updatedAt\n      archivedAt\n      concepts {\n        code\n        label\n      }\n      organisation {\n        id\n        name\n        city\n      }\n      author {\n        id\n        fullName\n      }\n      matchCounts {\n        total\n        proposed\n        introduced\n        collaborating\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedDetail($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      sector\n      status\n      visibility\n      anonymous\n      language\n      trlCurrent\n      trlTarget\n      budgetMinMad\n      budgetMaxMad\n      deadline\n      keywords\n      createdAt\n      updatedAt\n      archivedAt\n      concepts {\n        code\n        label\n      }\n      organisation {\n        id\n        name\n        city\n      }\n      author {\n        id\n        fullName\n      }\n      matchCounts {\n        total\n        proposed\n        introduced\n        collaborating\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInterestInNeed($needId: ID!) {\n    interests(needId: $needId, kind: EXPRESSION_OF_INTEREST, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MyInterestInNeed($needId: ID!) {\n    interests(needId: $needId, kind: EXPRESSION_OF_INTEREST, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedToEdit($id: ID!) {\n    need(id: $id) {\n      ...EditableNeedFields\n      archivedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedToEdit($id: ID!) {\n    need(id: $id) {\n      ...EditableNeedFields\n      archivedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: CreateNeedInput!, $idempotencyKey: String) {\n    createNeed(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: CreateNeedInput!, $idempotencyKey: String) {\n    createNeed(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...EditableNeedFields\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...EditableNeedFields\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditableNeedFields on Need {\n    id\n    title\n    description\n    sector\n    trlCurrent\n    trlTarget\n    budgetMinMad\n    budgetMaxMad\n    deadline\n    language\n    visibility\n    anonymous\n    keywords\n    status\n  }\n"): (typeof documents)["\n  fragment EditableNeedFields on Need {\n    id\n    title\n    description\n    sector\n    trlCurrent\n    trlTarget\n    budgetMinMad\n    budgetMaxMad\n    deadline\n    language\n    visibility\n    anonymous\n    keywords\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Needs($after: String) {\n    needs(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          language\n          sector\n          visibility\n          anonymous\n          status\n          trlCurrent\n          trlTarget\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Needs($after: String) {\n    needs(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          language\n          sector\n          visibility\n          anonymous\n          status\n          trlCurrent\n          trlTarget\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingOrganisations {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          city\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostingOrganisations {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          city\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedNeeds {\n    recommendedNeeds(first: 20) {\n      score\n      reasons\n      features {\n        name\n        contribution\n      }\n      need {\n        id\n        title\n        description\n        language\n        sector\n        status\n        visibility\n        trlCurrent\n        trlTarget\n        organisation {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendedNeeds {\n    recommendedNeeds(first: 20) {\n      score\n      reasons\n      features {\n        name\n        contribution\n      }\n      need {\n        id\n        title\n        description\n        language\n        sector\n        status\n        visibility\n        trlCurrent\n        trlTarget\n        organisation {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestIntroduction($input: RequestIntroductionInput!, $idempotencyKey: String) {\n    requestIntroduction(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestIntroduction($input: RequestIntroductionInput!, $idempotencyKey: String) {\n    requestIntroduction(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedExperts($needId: ID!) {\n    proposeMatches(needId: $needId, first: 10) {\n      score\n      reasons\n      introductionRequested\n      features {\n        name\n        contribution\n      }\n      researcher {\n        id\n        headline\n        languages\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          city\n          sectors\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestedExperts($needId: ID!) {\n    proposeMatches(needId: $needId, first: 10) {\n      score\n      reasons\n      introductionRequested\n      features {\n        name\n        contribution\n      }\n      researcher {\n        id\n        headline\n        languages\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          city\n          sectors\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          matchId\n          link\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          matchId\n          link\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupStatus {\n    backupStatus {\n      directory\n      scheduled\n      intervalHours\n      keep\n      health\n      warnAfterHours\n      lastAgeHours\n      lastError\n      lastErrorAt\n      last {\n        name\n        createdAt\n      }\n      backups {\n        name\n        createdAt\n        bytes\n        rows\n        schemaVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query BackupStatus {\n    backupStatus {\n      directory\n      scheduled\n      intervalHours\n      keep\n      health\n      warnAfterHours\n      lastAgeHours\n      lastError\n      lastErrorAt\n      last {\n        name\n        createdAt\n      }\n      backups {\n        name\n        createdAt\n        bytes\n        rows\n        schemaVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunBackup {\n    runBackup {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RunBackup {\n    runBackup {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountDeletionRequests {\n    accountDeletionRequests {\n      id\n      note\n      requestedAt\n      person {\n        id\n        fullName\n        email\n        role\n        organisationName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountDeletionRequests {\n    accountDeletionRequests {\n      id\n      note\n      requestedAt\n      person {\n        id\n        fullName\n        email\n        role\n        organisationName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataForRequest($requestId: ID!) {\n    personalDataForRequest(requestId: $requestId) {\n      fileName\n      json\n    }\n  }\n"): (typeof documents)["\n  query PersonalDataForRequest($requestId: ID!) {\n    personalDataForRequest(requestId: $requestId) {\n      fileName\n      json\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryOutAccountDeletion($requestId: ID!) {\n    carryOutAccountDeletion(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CarryOutAccountDeletion($requestId: ID!) {\n    carryOutAccountDeletion(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n    }\n  }\n"): (typeof documents)["\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccountDeletionRequest {\n    myAccountDeletionRequest {\n      id\n      status\n      requestedAt\n    }\n  }\n"): (typeof documents)["\n  query MyAccountDeletionRequest {\n    myAccountDeletionRequest {\n      id\n      status\n      requestedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccountDeletion($input: RequestAccountDeletionInput) {\n    requestAccountDeletion(input: $input) {\n      id\n      status\n      requestedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAccountDeletion($input: RequestAccountDeletionInput) {\n    requestAccountDeletion(input: $input) {\n      id\n      status\n      requestedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAccountDeletion {\n    cancelAccountDeletion {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAccountDeletion {\n    cancelAccountDeletion {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileViewFields on ResearcherProfile {\n    id\n    headline\n    expertise\n    keywords\n    techniques\n    equipment\n    languages\n    availability\n    trlMin\n    trlMax\n    updatedAt\n    archivedAt\n    publications {\n      title\n      year\n      doi\n      abstract\n    }\n    concepts {\n      code\n      label\n    }\n    researcher {\n      id\n      fullName\n      email\n      phone\n    }\n    organisation {\n      id\n      name\n      city\n      region\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileViewFields on ResearcherProfile {\n    id\n    headline\n    expertise\n    keywords\n    techniques\n    equipment\n    languages\n    availability\n    trlMin\n    trlMax\n    updatedAt\n    archivedAt\n    publications {\n      title\n      year\n      doi\n      abstract\n    }\n    concepts {\n      code\n      label\n    }\n    researcher {\n      id\n      fullName\n      email\n      phone\n    }\n    organisation {\n      id\n      name\n      city\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearcherProfile($id: ID!) {\n    researcherProfile(id: $id) {\n      ...ProfileViewFields\n    }\n  }\n"): (typeof documents)["\n  query ResearcherProfile($id: ID!) {\n    researcherProfile(id: $id) {\n      ...ProfileViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myProfile {\n      id\n      headline\n      expertise\n      keywords\n      techniques\n      equipment\n      languages\n      availability\n      trlMin\n      trlMax\n      publications {\n        title\n        year\n        doi\n        abstract\n      }\n    }\n    me {\n      id\n      organisation {\n        id\n        name\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myProfile {\n      id\n      headline\n      expertise\n      keywords\n      techniques\n      equipment\n      languages\n      availability\n      trlMin\n      trlMax\n      publications {\n        title\n        year\n        doi\n        abstract\n      }\n    }\n    me {\n      id\n      organisation {\n        id\n        name\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMyProfile($input: ProfileInput!) {\n    saveMyProfile(input: $input) {\n      ...ProfileViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMyProfile($input: ProfileInput!) {\n    saveMyProfile(input: $input) {\n      ...ProfileViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNeeds($query: String, $filters: NeedSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchNeeds(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      total\n      hits {\n        score\n        highlights {\n          field\n          snippets\n        }\n        need {\n          id\n          title\n          description\n          sector\n          trlCurrent\n          trlTarget\n          language\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n      facets {\n        ...SearchFacetFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchNeeds($query: String, $filters: NeedSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchNeeds(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      total\n      hits {\n        score\n        highlights {\n          field\n          snippets\n        }\n        need {\n          id\n          title\n          description\n          sector\n          trlCurrent\n          trlTarget\n          language\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n      facets {\n        ...SearchFacetFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchResearchers($query: String, $filters: ResearcherSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchResearchers(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      total\n      hits {\n        score\n        highlights {\n          field\n          snippets\n        }\n        researcher {\n          id\n          headline\n          expertise\n          availability\n          trlMin\n          trlMax\n          updatedAt\n          researcher {\n            id\n            fullName\n          }\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n      facets {\n        ...SearchFacetFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchResearchers($query: String, $filters: ResearcherSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchResearchers(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      total\n      hits {\n        score\n        highlights {\n          field\n          snippets\n        }\n        researcher {\n          id\n          headline\n          expertise\n          availability\n          trlMin\n          trlMax\n          updatedAt\n          researcher {\n            id\n            fullName\n          }\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n      facets {\n        ...SearchFacetFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchFacetFields on SearchFacet {\n    name\n    values {\n      value\n      count\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment SearchFacetFields on SearchFacet {\n    name\n    values {\n      value\n      count\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNeedsCursor($query: String, $filters: NeedSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchNeeds(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchNeedsCursor($query: String, $filters: NeedSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchNeeds(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchResearchersCursor($query: String, $filters: ResearcherSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchResearchers(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchResearchersCursor($query: String, $filters: ResearcherSearchFilters, $sort: SearchSort, $first: Int, $after: String) {\n    searchResearchers(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedFacetCounts($query: String, $filters: NeedSearchFilters) {\n    searchNeeds(query: $query, filters: $filters, first: 1) {\n      facets {\n        ...SearchFacetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedFacetCounts($query: String, $filters: NeedSearchFilters) {\n    searchNeeds(query: $query, filters: $filters, first: 1) {\n      facets {\n        ...SearchFacetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearcherFacetCounts($query: String, $filters: ResearcherSearchFilters) {\n    searchResearchers(query: $query, filters: $filters, first: 1) {\n      facets {\n        ...SearchFacetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearcherFacetCounts($query: String, $filters: ResearcherSearchFilters) {\n    searchResearchers(query: $query, filters: $filters, first: 1) {\n      facets {\n        ...SearchFacetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportFields on ImportReport {\n    dryRun\n    rows\n    okRows\n    errorRows\n    usersCreated\n    usersUpdated\n    organisationsCreated\n    organisationsUpdated\n    unchanged\n    problems {\n      line\n      field\n      reason\n    }\n    warnings {\n      line\n      field\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ImportReportFields on ImportReport {\n    dryRun\n    rows\n    okRows\n    errorRows\n    usersCreated\n    usersUpdated\n    organisationsCreated\n    organisationsUpdated\n    unchanged\n    problems {\n      line\n      field\n      reason\n    }\n    warnings {\n      line\n      field\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsForResearcher($researcherProfileId: ID!) {\n    recommendedNeedsFor(researcherProfileId: $researcherProfileId, first: 10) {\n      score\n      reasons\n      features {\n        name\n        contribution\n      }\n      need {\n        id\n        title\n        language\n        organisation {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedsForResearcher($researcherProfileId: ID!) {\n    recommendedNeedsFor(researcherProfileId: $researcherProfileId, first: 10) {\n      score\n      reasons\n      features {\n        name\n        contribution\n      }\n      need {\n        id\n        title\n        language\n        organisation {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingSignUpCount {\n    users(filter: { status: PENDING }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PendingSignUpCount {\n    users(filter: { status: PENDING }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelinePairs($filter: PipelineFilter!) {\n    pipeline(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          status\n          need {\n            id\n          }\n          researcher {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelinePairs($filter: PipelineFilter!) {\n    pipeline(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          status\n          need {\n            id\n          }\n          researcher {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortlistPair($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ShortlistPair($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseUser($id: ID!, $reason: String!) {\n    refuseUser(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseUser($id: ID!, $reason: String!) {\n    refuseUser(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSuggestedMatches($needId: ID!, $first: Int!) {\n    saveSuggestedMatches(needId: $needId, first: $first) {\n      score\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSuggestedMatches($needId: ID!, $first: Int!) {\n    saveSuggestedMatches(needId: $needId, first: $first) {\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerLanguage {\n    me {\n      id\n      preferredLanguage\n    }\n  }\n"): (typeof documents)["\n  query ViewerLanguage {\n    me {\n      id\n      preferredLanguage\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;