import { Notification } from '../apps/api/src/notifications/notification.entity';
import { NotificationKind } from '../apps/api/src/notifications/notification.enums';
import { NotificationsService } from '../apps/api/src/notifications/notifications.service';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const LIST = `query { notifications(first: 100) { edges { node { id title body } } } }`;
const UNREAD_LIST = `query { notifications(first: 100, unreadOnly: true) { edges { node { id } } } }`;
const COUNT = `query { unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

type Viewer = ViewerName | 'anonymous';
type State = 'unread' | 'read';
type Path = 'list' | 'unread list' | 'unread count' | 'markNotificationsRead(ids: [it])' | 'markNotificationsRead() (all of mine)';
const PATHS: Path[] = ['list', 'unread list', 'unread count', 'markNotificationsRead(ids: [it])', 'markNotificationsRead() (all of mine)'];
const VIEWERS: Viewer[] = ['anonymous', 'industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed', 'staff', 'admin'];

/**
 * notification.policy.ts: a notification of industrialOwner (a match closed on the cooperative's
 * need) is theirs alone — staff and admins included, nobody else lists it, counts it or marks it.
 * For the mutations, "reaches it" means: it changed the notification.
 */
function expected(viewer: Viewer, state: State, path: Path): boolean {
  if (viewer !== 'industrialOwner') return false;
  if (path === 'list') return true;
  return state === 'unread';
}

describe("who reads a person's notifications", () => {
  let app: TestApp;
  let world: World;
  let id: string;
  /** Each viewer's unread count without the subject notification. */
  const baseline = new Map<Viewer, number>();
  const as = (viewer: Viewer) => (viewer === 'anonymous' ? {} : { token: world.tokens[viewer] });
  const row = () => app.db.getRepository(Notification).findOneByOrFail({ id });

  async function reaches(viewer: Viewer, path: Path, state: State): Promise<boolean> {
    const refused = (result: { errors?: unknown[] }) => {
      expect(errorCode(result as never)).toBe('UNAUTHENTICATED');
      return false;
    };
    switch (path) {
      case 'list':
      case 'unread list': {
        const result = await app.gql(path === 'list' ? LIST : UNREAD_LIST, {}, as(viewer));
        return result.errors ? refused(result) : result.data!.notifications.edges.some((e: { node: { id: string } }) => e.node.id === id);
      }
      case 'unread count': {
        const result = await app.gql(COUNT, {}, as(viewer));
        if (result.errors) return refused(result);
        const count = result.data!.unreadNotificationCount;
        expect([baseline.get(viewer), baseline.get(viewer)! + 1]).toContain(count);
        return count === baseline.get(viewer)! + 1;
      }
      case 'markNotificationsRead(ids: [it])':
      case 'markNotificationsRead() (all of mine)': {
        const before = await row();
        const others = await app.db.getRepository(Notification).find({ order: { id: 'ASC' } });
        const result = await app.gql(MARK, path === 'markNotificationsRead(ids: [it])' ? { ids: [id] } : {}, as(viewer));
        if (result.errors) refused(result);
        const after = await row();
        const changed = after.readAt?.getTime() !== before.readAt?.getTime();
        if (changed) {
          await app.db.getRepository(Notification).update({ id }, { readAt: state === 'unread' ? null : before.readAt }); // as it was, for the next viewer
        } else if (viewer !== 'industrialOwner' && viewer !== 'anonymous') {
          // Refused without a word: nobody else's notification changed either (only the viewer's own, if any).
          const now = await app.db.getRepository(Notification).find({ order: { id: 'ASC' } });
          now.forEach((n, i) => n.userId !== world.users[viewer].id && expect(n).toEqual(others[i]));
        }
        return changed;
      }
    }
  }

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    for (const viewer of VIEWERS.filter((v) => v !== 'anonymous')) baseline.set(viewer, (await app.ok(COUNT, {}, as(viewer))).unreadNotificationCount);
    await app.db.transaction((manager) =>
      app.app.get(NotificationsService).notify(manager, [
        { userId: world.users.industrialOwner.id, kind: NotificationKind.MATCH_CLOSED, needId: world.needs.staffOnly.id, params: { needTitle: world.needs.staffOnly.title, outcome: 'ABANDONED' } },
      ]),
    );
    id = (await app.db.getRepository(Notification).findOneByOrFail({ userId: world.users.industrialOwner.id, kind: NotificationKind.MATCH_CLOSED })).id;
  });
  afterAll(() => app.close());

  const table = (state: State) => VIEWERS.flatMap((viewer) => PATHS.map((path) => [viewer, path, expected(viewer, state, path)] as const));

  describe('unread', () => {
    it.each(table('unread'))('%s reaches it through %s → %s', async (viewer, path, visible) => {
      expect(await reaches(viewer, path, 'unread')).toBe(visible);
    });
  });

  describe('read', () => {
    beforeAll(() => app.db.getRepository(Notification).update({ id }, { readAt: new Date('2026-12-01T10:00:00Z') }));
    it.each(table('read'))('%s reaches it through %s → %s', async (viewer, path, visible) => {
      expect(await reaches(viewer, path, 'read')).toBe(visible);
    });
  });

  it("marking someone else's notification answers exactly as for an unknown id", async () => {
    await app.db.getRepository(Notification).update({ id }, { readAt: null });
    const foreign = await app.gql(MARK, { ids: [id] }, as('staff'));
    const unknown = await app.gql(MARK, { ids: ['00000000-0000-4000-8000-000000000000'] }, as('staff'));
    expect(foreign).toEqual(unknown);
    expect((await row()).readAt).toBeNull();
  });
});
