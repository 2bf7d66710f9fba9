import type { EventManageQuery } from '../../gql/graphql';

/** What the manage page loads once (EventManageDocument) and hands to each tab. */
export type Data = EventManageQuery;
export type Meeting = Data['eventMeetings'][number];
export type Slot = Data['event']['slots'][number];
export type TableRow = Data['event']['tables'][number];

/** Every change on the manage page refetches the page's one query. */
export const REFETCH = ['EventManage'];
export const pair = (m: Meeting) => `${m.requester.fullName} / ${m.recipient.fullName}`;
