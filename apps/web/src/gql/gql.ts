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
    "\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.SignOutDocument,
    "\n  mutation AnswerMatch($id: ID!, $input: AnswerMatchInput!) {\n    answerMatch(id: $id, input: $input) {\n      ...MyMatchFields\n    }\n  }\n": typeof types.AnswerMatchDocument,
    "\n  mutation StartCollaboration($matchId: ID!, $input: StartCollaborationInput!) {\n    startCollaboration(matchId: $matchId, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": typeof types.StartCollaborationDocument,
    "\n  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    updateMilestone(id: $id, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  mutation AddMilestone($collaborationId: ID!, $input: MilestoneInput!) {\n    addMilestone(collaborationId: $collaborationId, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  query Interests {\n    interests(status: OPEN, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          message\n          createdAt\n          need {\n            id\n            title\n            language\n          }\n          researcher {\n            id\n            researcher {\n              id\n              fullName\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InterestsDocument,
    "\n  mutation ConvertInterest($id: ID!) {\n    convertInterest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ConvertInterestDocument,
    "\n  mutation DismissInterest($id: ID!) {\n    dismissInterest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DismissInterestDocument,
    "\n  mutation ShortlistMatch($id: ID!, $input: TransitionInput) {\n    shortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": typeof types.ShortlistMatchDocument,
    "\n  mutation UnshortlistMatch($id: ID!, $input: TransitionInput) {\n    unshortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": typeof types.UnshortlistMatchDocument,
    "\n  mutation ProposeMatch($id: ID!, $input: TransitionInput) {\n    proposeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      proposedAt\n    }\n  }\n": typeof types.ProposeMatchDocument,
    "\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      outcome\n      closedAt\n    }\n  }\n": typeof types.CloseMatchDocument,
    "\n  query MatchDetail($id: ID!) {\n    match(id: $id) {\n      id\n      status\n      version\n      outcome\n      outcomeNote\n      createdAt\n      need {\n        id\n        title\n        language\n        sector\n        organisation {\n          id\n          name\n        }\n      }\n      researcher {\n        id\n        headline\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      owner {\n        id\n        fullName\n      }\n      ...MatchSidesFields\n      timeline {\n        id\n        event\n        fromStatus\n        toStatus\n        note\n        createdAt\n        actor {\n          id\n          fullName\n        }\n      }\n      collaboration {\n        id\n        title\n        startDate\n        partners\n        milestones {\n          id\n          title\n          dueDate\n          status\n        }\n        bookings {\n          id\n          startsOn\n          endsOn\n          equipment\n          note\n        }\n      }\n    }\n  }\n": typeof types.MatchDetailDocument,
    "\n  mutation AddMatchNote($id: ID!, $note: String!) {\n    addMatchNote(id: $id, note: $note) {\n      id\n      version\n    }\n  }\n": typeof types.AddMatchNoteDocument,
    "\n  fragment MatchSidesFields on Match {\n    industrialSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    researcherSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    contacts {\n      industrial {\n        name\n        organisation\n        email\n        phone\n      }\n      researcher {\n        name\n        organisation\n        email\n        phone\n      }\n    }\n  }\n": typeof types.MatchSidesFieldsFragmentDoc,
    "\n  fragment MyMatchFields on Match {\n    id\n    status\n    version\n    proposedAt\n    need {\n      id\n      title\n      language\n      sector\n      organisation {\n        id\n        name\n        city\n      }\n    }\n    researcher {\n      id\n      headline\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    ...MatchSidesFields\n  }\n": typeof types.MyMatchFieldsFragmentDoc,
    "\n  query MyMatches {\n    myMatches(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...MyMatchFields\n        }\n      }\n    }\n  }\n": typeof types.MyMatchesDocument,
    "\n  query PipelineCounts($filter: PipelineFilter) {\n    pipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n": typeof types.PipelineCountsDocument,
    "\n  query PipelineColumn($filter: PipelineFilter!, $first: Int!) {\n    pipeline(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...PipelineCardFields\n        }\n      }\n    }\n  }\n": typeof types.PipelineColumnDocument,
    "\n  fragment PipelineCardFields on Match {\n    id\n    status\n    version\n    statusChangedAt\n    need {\n      id\n      title\n      language\n      sector\n    }\n    researcher {\n      id\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    owner {\n      id\n      fullName\n    }\n  }\n": typeof types.PipelineCardFieldsFragmentDoc,
    "\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n": typeof types.SaveLanguageDocument,
    "\n  query ExportMatches($filter: PipelineFilter) {\n    exportMatches(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n": typeof types.ExportMatchesDocument,
    "\n  query ExportNeeds($filter: KpiFilter) {\n    exportNeeds(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n": typeof types.ExportNeedsDocument,
    "\n  query Kpis($filter: KpiFilter) {\n    kpis(filter: $filter) {\n      from\n      to\n      needsPosted\n      matchesProposed\n      introductions\n      collaborations\n      introductionRate\n      collaborationRate\n      medianDaysNeedToIntroduction\n      declineReasons {\n        side\n        reason\n        count\n      }\n      byMonth {\n        month\n        needsPosted\n        matchesProposed\n        introductions\n        collaborations\n      }\n    }\n  }\n": typeof types.KpisDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      fullName\n      role\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  query Needs($after: String) {\n    needs(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          language\n          sector\n          visibility\n          anonymous\n          status\n          trlCurrent\n          trlTarget\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n": typeof types.NeedsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          matchId\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": typeof types.MarkNotificationsReadDocument,
};
const documents: Documents = {
    "\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.SignOutDocument,
    "\n  mutation AnswerMatch($id: ID!, $input: AnswerMatchInput!) {\n    answerMatch(id: $id, input: $input) {\n      ...MyMatchFields\n    }\n  }\n": types.AnswerMatchDocument,
    "\n  mutation StartCollaboration($matchId: ID!, $input: StartCollaborationInput!) {\n    startCollaboration(matchId: $matchId, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": types.StartCollaborationDocument,
    "\n  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    updateMilestone(id: $id, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  mutation AddMilestone($collaborationId: ID!, $input: MilestoneInput!) {\n    addMilestone(collaborationId: $collaborationId, input: $input) {\n      id\n      title\n      dueDate\n      status\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  query Interests {\n    interests(status: OPEN, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          message\n          createdAt\n          need {\n            id\n            title\n            language\n          }\n          researcher {\n            id\n            researcher {\n              id\n              fullName\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InterestsDocument,
    "\n  mutation ConvertInterest($id: ID!) {\n    convertInterest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.ConvertInterestDocument,
    "\n  mutation DismissInterest($id: ID!) {\n    dismissInterest(id: $id) {\n      id\n      status\n    }\n  }\n": types.DismissInterestDocument,
    "\n  mutation ShortlistMatch($id: ID!, $input: TransitionInput) {\n    shortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": types.ShortlistMatchDocument,
    "\n  mutation UnshortlistMatch($id: ID!, $input: TransitionInput) {\n    unshortlistMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n    }\n  }\n": types.UnshortlistMatchDocument,
    "\n  mutation ProposeMatch($id: ID!, $input: TransitionInput) {\n    proposeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      proposedAt\n    }\n  }\n": types.ProposeMatchDocument,
    "\n  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {\n    closeMatch(id: $id, input: $input) {\n      id\n      status\n      version\n      statusChangedAt\n      outcome\n      closedAt\n    }\n  }\n": types.CloseMatchDocument,
    "\n  query MatchDetail($id: ID!) {\n    match(id: $id) {\n      id\n      status\n      version\n      outcome\n      outcomeNote\n      createdAt\n      need {\n        id\n        title\n        language\n        sector\n        organisation {\n          id\n          name\n        }\n      }\n      researcher {\n        id\n        headline\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      owner {\n        id\n        fullName\n      }\n      ...MatchSidesFields\n      timeline {\n        id\n        event\n        fromStatus\n        toStatus\n        note\n        createdAt\n        actor {\n          id\n          fullName\n        }\n      }\n      collaboration {\n        id\n        title\n        startDate\n        partners\n        milestones {\n          id\n          title\n          dueDate\n          status\n        }\n        bookings {\n          id\n          startsOn\n          endsOn\n          equipment\n          note\n        }\n      }\n    }\n  }\n": types.MatchDetailDocument,
    "\n  mutation AddMatchNote($id: ID!, $note: String!) {\n    addMatchNote(id: $id, note: $note) {\n      id\n      version\n    }\n  }\n": types.AddMatchNoteDocument,
    "\n  fragment MatchSidesFields on Match {\n    industrialSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    researcherSide {\n      answer\n      answeredAt\n      reason\n      note\n    }\n    contacts {\n      industrial {\n        name\n        organisation\n        email\n        phone\n      }\n      researcher {\n        name\n        organisation\n        email\n        phone\n      }\n    }\n  }\n": types.MatchSidesFieldsFragmentDoc,
    "\n  fragment MyMatchFields on Match {\n    id\n    status\n    version\n    proposedAt\n    need {\n      id\n      title\n      language\n      sector\n      organisation {\n        id\n        name\n        city\n      }\n    }\n    researcher {\n      id\n      headline\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    ...MatchSidesFields\n  }\n": types.MyMatchFieldsFragmentDoc,
    "\n  query MyMatches {\n    myMatches(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...MyMatchFields\n        }\n      }\n    }\n  }\n": types.MyMatchesDocument,
    "\n  query PipelineCounts($filter: PipelineFilter) {\n    pipelineCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n": types.PipelineCountsDocument,
    "\n  query PipelineColumn($filter: PipelineFilter!, $first: Int!) {\n    pipeline(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...PipelineCardFields\n        }\n      }\n    }\n  }\n": types.PipelineColumnDocument,
    "\n  fragment PipelineCardFields on Match {\n    id\n    status\n    version\n    statusChangedAt\n    need {\n      id\n      title\n      language\n      sector\n    }\n    researcher {\n      id\n      researcher {\n        id\n        fullName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    owner {\n      id\n      fullName\n    }\n  }\n": types.PipelineCardFieldsFragmentDoc,
    "\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n": types.SaveLanguageDocument,
    "\n  query ExportMatches($filter: PipelineFilter) {\n    exportMatches(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n": types.ExportMatchesDocument,
    "\n  query ExportNeeds($filter: KpiFilter) {\n    exportNeeds(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n": types.ExportNeedsDocument,
    "\n  query Kpis($filter: KpiFilter) {\n    kpis(filter: $filter) {\n      from\n      to\n      needsPosted\n      matchesProposed\n      introductions\n      collaborations\n      introductionRate\n      collaborationRate\n      medianDaysNeedToIntroduction\n      declineReasons {\n        side\n        reason\n        count\n      }\n      byMonth {\n        month\n        needsPosted\n        matchesProposed\n        introductions\n        collaborations\n      }\n    }\n  }\n": types.KpisDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      fullName\n      role\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  query Needs($after: String) {\n    needs(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          language\n          sector\n          visibility\n          anonymous\n          status\n          trlCurrent\n          trlTarget\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n": types.NeedsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          matchId\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": types.MarkNotificationsReadDocument,
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
export function graphql(source: "\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        preferredLanguage\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Interests {\n    interests(status: OPEN, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          message\n          createdAt\n          need {\n            id\n            title\n            language\n          }\n          researcher {\n            id\n            researcher {\n              id\n              fullName\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Interests {\n    interests(status: OPEN, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          message\n          createdAt\n          need {\n            id\n            title\n            language\n          }\n          researcher {\n            id\n            researcher {\n              id\n              fullName\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MatchDetail($id: ID!) {\n    match(id: $id) {\n      id\n      status\n      version\n      outcome\n      outcomeNote\n      createdAt\n      need {\n        id\n        title\n        language\n        sector\n        organisation {\n          id\n          name\n        }\n      }\n      researcher {\n        id\n        headline\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      owner {\n        id\n        fullName\n      }\n      ...MatchSidesFields\n      timeline {\n        id\n        event\n        fromStatus\n        toStatus\n        note\n        createdAt\n        actor {\n          id\n          fullName\n        }\n      }\n      collaboration {\n        id\n        title\n        startDate\n        partners\n        milestones {\n          id\n          title\n          dueDate\n          status\n        }\n        bookings {\n          id\n          startsOn\n          endsOn\n          equipment\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchDetail($id: ID!) {\n    match(id: $id) {\n      id\n      status\n      version\n      outcome\n      outcomeNote\n      createdAt\n      need {\n        id\n        title\n        language\n        sector\n        organisation {\n          id\n          name\n        }\n      }\n      researcher {\n        id\n        headline\n        researcher {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      owner {\n        id\n        fullName\n      }\n      ...MatchSidesFields\n      timeline {\n        id\n        event\n        fromStatus\n        toStatus\n        note\n        createdAt\n        actor {\n          id\n          fullName\n        }\n      }\n      collaboration {\n        id\n        title\n        startDate\n        partners\n        milestones {\n          id\n          title\n          dueDate\n          status\n        }\n        bookings {\n          id\n          startsOn\n          endsOn\n          equipment\n          note\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Needs($after: String) {\n    needs(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          language\n          sector\n          visibility\n          anonymous\n          status\n          trlCurrent\n          trlTarget\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Needs($after: String) {\n    needs(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          language\n          sector\n          visibility\n          anonymous\n          status\n          trlCurrent\n          trlTarget\n          createdAt\n          organisation {\n            id\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          matchId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          matchId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;