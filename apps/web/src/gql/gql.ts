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
    "\n  fragment CollaborationFields on Collaboration {\n    id\n    title\n    startDate\n    partners\n    milestones {\n      id\n      title\n      dueDate\n      status\n    }\n    bookings {\n      id\n      startsOn\n      endsOn\n      equipment\n      note\n    }\n  }\n": typeof types.CollaborationFieldsFragmentDoc,
    "\n  query Interests {\n    interests(status: OPEN, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          message\n          createdAt\n          requestedBy {\n            id\n            fullName\n          }\n          need {\n            id\n            title\n            language\n          }\n          researcher {\n            id\n            researcher {\n              id\n              fullName\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InterestsDocument,
    "\n  mutation ConvertInterest($id: ID!) {\n    convertInterest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ConvertInterestDocument,
    "\n  mutation DismissInterest($id: ID!) {\n    dismissInterest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DismissInterestDocument,
    "\n  mutation ShortlistMatch($id: ID!, $input: TransitionInput) {\n    shortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": typeof types.ShortlistMatchDocument,
    "\n  mutation UnshortlistMatch($id: ID!, $input: TransitionInput) {\n    unshortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": typeof types.UnshortlistMatchDocument,
    "\n  mutation ProposeMatch($id: ID!, $input: TransitionInput) {\n    proposeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      proposedAt\n    }\n  }\n": typeof types.ProposeMatchDocument,
    "\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      outcome\n      closedAt\n    }\n  }\n": typeof types.CloseMatchDocument,
    "\n  query MatchDetail($id: ID!) {\n    match(id: $id) {\n      id\n      status\n      version\n      outcome\n      outcomeNote\n      createdAt\n      need {\n        id\n        title\n        language\n        sector\n        organisation {\n          id\n          name\n        }\n      }\n      researcher {\n        id\n        headline\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      owner {\n        id\n        fullName\n      }\n      ...MatchSidesFields\n      timeline {\n        id\n        event\n        fromStatus\n        toStatus\n        note\n        createdAt\n        actor {\n          id\n          fullName\n        }\n      }\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n": typeof types.MatchDetailDocument,
    "\n  mutation AddMatchNote($id: ID!, $note: String!) {\n    addMatchNote(id: $id, note: $note) {\n      id\n      version\n    }\n  }\n": typeof types.AddMatchNoteDocument,
    "\n  fragment MatchSidesFields on Match {\n    industrialSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    researcherSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    contacts {\n      industrial {\n        name\n        organisation\n        email\n        phone\n      }\n      researcher {\n        name\n        organisation\n        email\n        phone\n      }\n    }\n  }\n": typeof types.MatchSidesFieldsFragmentDoc,
    "\n  fragment MyMatchFields on Match {\n    id\n    status\n    version\n    proposedAt\n    need {\n      id\n      title\n      language\n      sector\n      organisation {\n        id\n        name\n        city\n      }\n    }\n    researcher {\n      id\n      headline\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    ...MatchSidesFields\n  }\n": typeof types.MyMatchFieldsFragmentDoc,
    "\n  query MyMatch($id: ID!) {\n    match(id: $id) {\n      ...MyMatchFields\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n": typeof types.MyMatchDocument,
    "\n  query MyMatches {\n    myMatches(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...MyMatchFields\n        }\n      }\n    }\n  }\n": typeof types.MyMatchesDocument,
    "\n  query PipelineCounts($filter: PipelineFilter) {\n    pipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n": typeof types.PipelineCountsDocument,
    "\n  query PipelineColumn($filter: PipelineFilter!, $first: Int!) {\n    pipeline(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...PipelineCardFields\n        }\n      }\n    }\n  }\n": typeof types.PipelineColumnDocument,
    "\n  fragment PipelineCardFields on Match {\n    id\n    status\n    version\n    statusChangedAt\n    need {\n      id\n      title\n      language\n      sector\n    }\n    researcher {\n      id\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    owner {\n      id\n      fullName\n    }\n  }\n": typeof types.PipelineCardFieldsFragmentDoc,
    "\n  query DetectConcepts($text: String!) {\n    detectConcepts(text: $text) {\n      code\n      label\n      matched\n    }\n  }\n": typeof types.DetectConceptsDocument,
    "\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n": typeof types.SaveLanguageDocument,
    "\n  query ExportMatches($filter: PipelineFilter) {\n    exportMatches(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n": typeof types.ExportMatchesDocument,
    "\n  query ExportNeeds($filter: KpiFilter) {\n    exportNeeds(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n": typeof types.ExportNeedsDocument,
    "\n  query Kpis($filter: KpiFilter) {\n    kpis(filter: $filter) {\n      from\n      to\n      needsPosted\n      matchesProposed\n      introductions\n      collaborations\n      introductionRate\n      collaborationRate\n      medianDaysNeedToIntroduction\n      declineReasons {\n        side\n        reason\n        count\n      }\n      byMonth {\n        month\n        needsPosted\n        matchesProposed\n        introductions\n        collaborations\n      }\n    }\n  }\n": typeof types.KpisDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      fullName\n      role\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation ArchiveNeed($id: ID!) {\n    archiveNeed(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.ArchiveNeedDocument,
    "\n  query ViewerOrganisation {\n    me {\n      id\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.ViewerOrganisationDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n      kind\n      need {\n        id\n      }\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  query MyNeeds($after: String) {\n    needs(first: 50, after: $after, filter: { mine: true, includeArchived: true }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          language\n          sector\n          status\n          visibility\n          anonymous\n          trlCurrent\n          trlTarget\n          updatedAt\n          archivedAt\n          matchCounts {\n            total\n            proposed\n            introduced\n            collaborating\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyNeedsDocument,
    "\n  query NeedDetail($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      sector\n      status\n      visibility\n      anonymous\n      language\n      trlCurrent\n      trlTarget\n      budgetMinMad\n      budgetMaxMad\n      deadline\n      keywords\n      createdAt\n      updatedAt\n      archivedAt\n      concepts {\n        code\n        label\n      }\n      organisation {\n        id\n        name\n        city\n      }\n      author {\n        id\n        fullName\n      }\n      matchCounts {\n        total\n        proposed\n        introduced\n        collaborating\n      }\n    }\n  }\n": typeof types.NeedDetailDocument,
    "\n  query MyInterestInNeed($needId: ID!) {\n    interests(needId: $needId, kind: EXPRESSION_OF_INTEREST, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.MyInterestInNeedDocument,
    "\n  query NeedToEdit($id: ID!) {\n    need(id: $id) {\n      ...EditableNeedFields\n      archivedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NeedToEditDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...EditableNeedFields\n      updatedAt\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  fragment EditableNeedFields on Need {\n    id\n    title\n    description\n    sector\n    trlCurrent\n    trlTarget\n    budgetMinMad\n    budgetMaxMad\n    deadline\n    language\n    visibility\n    anonymous\n    keywords\n    status\n  }\n": typeof types.EditableNeedFieldsFragmentDoc,
    "\n  query Needs($after: String) {\n    needs(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          language\n          sector\n          visibility\n          anonymous\n          status\n          trlCurrent\n          trlTarget\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n": typeof types.NeedsDocument,
    "\n  query PostingOrganisations {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          city\n          kind\n        }\n      }\n    }\n  }\n": typeof types.PostingOrganisationsDocument,
    "\n  query RecommendedNeeds {\n    recommendedNeeds(first: 20) {\n      score\n      reasons\n      features {\n        name\n        contribution\n      }\n      need {\n        id\n        title\n        description\n        language\n        sector\n        status\n        visibility\n        trlCurrent\n        trlTarget\n        organisation {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": typeof types.RecommendedNeedsDocument,
    "\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n": typeof types.RequestIntroductionDocument,
    "\n  query SuggestedExperts($needId: ID!) {\n    proposeMatches(needId: $needId, first: 10) {\n      score\n      reasons\n      introductionRequested\n      features {\n        name\n        contribution\n      }\n      researcher {\n        id\n        headline\n        languages\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          city\n          sectors\n        }\n      }\n    }\n  }\n": typeof types.SuggestedExpertsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          matchId\n          link\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": typeof types.MarkNotificationsReadDocument,
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
    "\n  fragment CollaborationFields on Collaboration {\n    id\n    title\n    startDate\n    partners\n    milestones {\n      id\n      title\n      dueDate\n      status\n    }\n    bookings {\n      id\n      startsOn\n      endsOn\n      equipment\n      note\n    }\n  }\n": types.CollaborationFieldsFragmentDoc,
    "\n  query Interests {\n    interests(status: OPEN, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          message\n          createdAt\n          requestedBy {\n            id\n            fullName\n          }\n          need {\n            id\n            title\n            language\n          }\n          researcher {\n            id\n            researcher {\n              id\n              fullName\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InterestsDocument,
    "\n  mutation ConvertInterest($id: ID!) {\n    convertInterest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.ConvertInterestDocument,
    "\n  mutation DismissInterest($id: ID!) {\n    dismissInterest(id: $id) {\n      id\n      status\n    }\n  }\n": types.DismissInterestDocument,
    "\n  mutation ShortlistMatch($id: ID!, $input: TransitionInput) {\n    shortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": types.ShortlistMatchDocument,
    "\n  mutation UnshortlistMatch($id: ID!, $input: TransitionInput) {\n    unshortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": types.UnshortlistMatchDocument,
    "\n  mutation ProposeMatch($id: ID!, $input: TransitionInput) {\n    proposeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      proposedAt\n    }\n  }\n": types.ProposeMatchDocument,
    "\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      outcome\n      closedAt\n    }\n  }\n": types.CloseMatchDocument,
    "\n  query MatchDetail($id: ID!) {\n    match(id: $id) {\n      id\n      status\n      version\n      outcome\n      outcomeNote\n      createdAt\n      need {\n        id\n        title\n        language\n        sector\n        organisation {\n          id\n          name\n        }\n      }\n      researcher {\n        id\n        headline\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      owner {\n        id\n        fullName\n      }\n      ...MatchSidesFields\n      timeline {\n        id\n        event\n        fromStatus\n        toStatus\n        note\n        createdAt\n        actor {\n          id\n          fullName\n        }\n      }\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n": types.MatchDetailDocument,
    "\n  mutation AddMatchNote($id: ID!, $note: String!) {\n    addMatchNote(id: $id, note: $note) {\n      id\n      version\n    }\n  }\n": types.AddMatchNoteDocument,
    "\n  fragment MatchSidesFields on Match {\n    industrialSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    researcherSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    contacts {\n      industrial {\n        name\n        organisation\n        email\n        phone\n      }\n      researcher {\n        name\n        organisation\n        email\n        phone\n      }\n    }\n  }\n": types.MatchSidesFieldsFragmentDoc,
    "\n  fragment MyMatchFields on Match {\n    id\n    status\n    version\n    proposedAt\n    need {\n      id\n      title\n      language\n      sector\n      organisation {\n        id\n        name\n        city\n      }\n    }\n    researcher {\n      id\n      headline\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    ...MatchSidesFields\n  }\n": types.MyMatchFieldsFragmentDoc,
    "\n  query MyMatch($id: ID!) {\n    match(id: $id) {\n      ...MyMatchFields\n      collaboration {\n        ...CollaborationFields\n      }\n    }\n  }\n": types.MyMatchDocument,
    "\n  query MyMatches {\n    myMatches(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...MyMatchFields\n        }\n      }\n    }\n  }\n": types.MyMatchesDocument,
    "\n  query PipelineCounts($filter: PipelineFilter) {\n    pipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n": types.PipelineCountsDocument,
    "\n  query PipelineColumn($filter: PipelineFilter!, $first: Int!) {\n    pipeline(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...PipelineCardFields\n        }\n      }\n    }\n  }\n": types.PipelineColumnDocument,
    "\n  fragment PipelineCardFields on Match {\n    id\n    status\n    version\n    statusChangedAt\n    need {\n      id\n      title\n      language\n      sector\n    }\n    researcher {\n      id\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    owner {\n      id\n      fullName\n    }\n  }\n": types.PipelineCardFieldsFragmentDoc,
    "\n  query DetectConcepts($text: String!) {\n    detectConcepts(text: $text) {\n      code\n      label\n      matched\n    }\n  }\n": types.DetectConceptsDocument,
    "\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n": types.SaveLanguageDocument,
    "\n  query ExportMatches($filter: PipelineFilter) {\n    exportMatches(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n": types.ExportMatchesDocument,
    "\n  query ExportNeeds($filter: KpiFilter) {\n    exportNeeds(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n": types.ExportNeedsDocument,
    "\n  query Kpis($filter: KpiFilter) {\n    kpis(filter: $filter) {\n      from\n      to\n      needsPosted\n      matchesProposed\n      introductions\n      collaborations\n      introductionRate\n      collaborationRate\n      medianDaysNeedToIntroduction\n      declineReasons {\n        side\n        reason\n        count\n      }\n      byMonth {\n        month\n        needsPosted\n        matchesProposed\n        introductions\n        collaborations\n      }\n    }\n  }\n": types.KpisDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      fullName\n      role\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation ArchiveNeed($id: ID!) {\n    archiveNeed(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": types.ArchiveNeedDocument,
    "\n  query ViewerOrganisation {\n    me {\n      id\n      organisation {\n        id\n      }\n    }\n  }\n": types.ViewerOrganisationDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n      kind\n      need {\n        id\n      }\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  query MyNeeds($after: String) {\n    needs(first: 50, after: $after, filter: { mine: true, includeArchived: true }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          language\n          sector\n          status\n          visibility\n          anonymous\n          trlCurrent\n          trlTarget\n          updatedAt\n          archivedAt\n          matchCounts {\n            total\n            proposed\n            introduced\n            collaborating\n          }\n        }\n      }\n    }\n  }\n": types.MyNeedsDocument,
    "\n  query NeedDetail($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      sector\n      status\n      visibility\n      anonymous\n      language\n      trlCurrent\n      trlTarget\n      budgetMinMad\n      budgetMaxMad\n      deadline\n      keywords\n      createdAt\n      updatedAt\n      archivedAt\n      concepts {\n        code\n        label\n      }\n      organisation {\n        id\n        name\n        city\n      }\n      author {\n        id\n        fullName\n      }\n      matchCounts {\n        total\n        proposed\n        introduced\n        collaborating\n      }\n    }\n  }\n": types.NeedDetailDocument,
    "\n  query MyInterestInNeed($needId: ID!) {\n    interests(needId: $needId, kind: EXPRESSION_OF_INTEREST, first: 1) {\n      totalCount\n    }\n  }\n": types.MyInterestInNeedDocument,
    "\n  query NeedToEdit($id: ID!) {\n    need(id: $id) {\n      ...EditableNeedFields\n      archivedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.NeedToEditDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...EditableNeedFields\n      updatedAt\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  fragment EditableNeedFields on Need {\n    id\n    title\n    description\n    sector\n    trlCurrent\n    trlTarget\n    budgetMinMad\n    budgetMaxMad\n    deadline\n    language\n    visibility\n    anonymous\n    keywords\n    status\n  }\n": types.EditableNeedFieldsFragmentDoc,
    "\n  query Needs($after: String) {\n    needs(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          language\n          sector\n          visibility\n          anonymous\n          status\n          trlCurrent\n          trlTarget\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n": types.NeedsDocument,
    "\n  query PostingOrganisations {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          city\n          kind\n        }\n      }\n    }\n  }\n": types.PostingOrganisationsDocument,
    "\n  query RecommendedNeeds {\n    recommendedNeeds(first: 20) {\n      score\n      reasons\n      features {\n        name\n        contribution\n      }\n      need {\n        id\n        title\n        description\n        language\n        sector\n        status\n        visibility\n        trlCurrent\n        trlTarget\n        organisation {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": types.RecommendedNeedsDocument,
    "\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n": types.RequestIntroductionDocument,
    "\n  query SuggestedExperts($needId: ID!) {\n    proposeMatches(needId: $needId, first: 10) {\n      score\n      reasons\n      introductionRequested\n      features {\n        name\n        contribution\n      }\n      researcher {\n        id\n        headline\n        languages\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          city\n          sectors\n        }\n      }\n    }\n  }\n": types.SuggestedExpertsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          matchId\n          link\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": types.MarkNotificationsReadDocument,
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
export function graphql(source: "\n  fragment CollaborationFields on Collaboration {\n    id\n    title\n    startDate\n    partners\n    milestones {\n      id\n      title\n      dueDate\n      status\n    }\n    bookings {\n      id\n      startsOn\n      endsOn\n      equipment\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment CollaborationFields on Collaboration {\n    id\n    title\n    startDate\n    partners\n    milestones {\n      id\n      title\n      dueDate\n      status\n    }\n    bookings {\n      id\n      startsOn\n      endsOn\n      equipment\n      note\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ProposeMatch($id: ID!, $input: TransitionInput) {\n    proposeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      proposedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMatch($id: ID!, $input: TransitionInput) {\n    proposeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      proposedAt\n    }\n  }\n"];
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
export function graphql(source: "\n  query PipelineColumn($filter: PipelineFilter!, $first: Int!) {\n    pipeline(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...PipelineCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineColumn($filter: PipelineFilter!, $first: Int!) {\n    pipeline(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...PipelineCardFields\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMatches($filter: PipelineFilter) {\n    exportMatches(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n"): (typeof documents)["\n  query ExportMatches($filter: PipelineFilter) {\n    exportMatches(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportNeeds($filter: KpiFilter) {\n    exportNeeds(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n"): (typeof documents)["\n  query ExportNeeds($filter: KpiFilter) {\n    exportNeeds(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kpis($filter: KpiFilter) {\n    kpis(filter: $filter) {\n      from\n      to\n      needsPosted\n      matchesProposed\n      introductions\n      collaborations\n      introductionRate\n      collaborationRate\n      medianDaysNeedToIntroduction\n      declineReasons {\n        side\n        reason\n        count\n      }\n      byMonth {\n        month\n        needsPosted\n        matchesProposed\n        introductions\n        collaborations\n      }\n    }\n  }\n"): (typeof documents)["\n  query Kpis($filter: KpiFilter) {\n    kpis(filter: $filter) {\n      from\n      to\n      needsPosted\n      matchesProposed\n      introductions\n      collaborations\n      introductionRate\n      collaborationRate\n      medianDaysNeedToIntroduction\n      declineReasons {\n        side\n        reason\n        count\n      }\n      byMonth {\n        month\n        needsPosted\n        matchesProposed\n        introductions\n        collaborations\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      fullName\n      role\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      fullName\n      role\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n      kind\n      need {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n      kind\n      need {\n        id\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n"];
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