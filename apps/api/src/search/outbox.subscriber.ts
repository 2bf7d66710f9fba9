import { EntitySubscriberInterface, EventSubscriber, InsertEvent, UpdateEvent } from 'typeorm';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { OutboxEntityType } from './outbox-entry.entity';

const TRACKED: [Function, OutboxEntityType][] = [
  [Need, 'need'],
  [ResearcherProfile, 'researcher'],
  [Organisation, 'organisation'],
  [User, 'user'],
];

/**
 * Appends a search outbox row for every insert or update of an indexed entity, through the
 * same entity manager, hence in the same transaction as the change: the index can lag behind
 * Postgres but never miss a committed change. (Records are archived, never deleted.)
 */
@EventSubscriber()
export class OutboxSubscriber implements EntitySubscriberInterface {
  /** A bulk save notifies its entities concurrently; their inserts share one connection, so they queue. */
  private readonly queues = new WeakMap<object, Promise<unknown>>();

  async afterInsert(event: InsertEvent<object>): Promise<void> {
    await this.record(event.metadata.target, event.entity as { id?: string }, event);
  }

  async afterUpdate(event: UpdateEvent<object>): Promise<void> {
    // Query-builder updates carry no entity id; none of them touch indexed fields.
    const entity = (event.entity ?? event.databaseEntity) as { id?: string } | undefined;
    await this.record(event.metadata.target, entity, event);
  }

  private async record(target: unknown, entity: { id?: string } | undefined, event: InsertEvent<object> | UpdateEvent<object>) {
    const entityType = TRACKED.find(([type]) => type === target)?.[1];
    if (!entityType || !entity?.id) return;
    const connection = event.queryRunner;
    const insert = (this.queues.get(connection) ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => event.manager.query('INSERT INTO search_outbox (entity_type, entity_id) VALUES ($1, $2)', [entityType, entity.id]));
    this.queues.set(connection, insert);
    await insert;
  }
}
