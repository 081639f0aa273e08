export * from './backoff';
export * from './bus.module';
export * from './bus.options';
export * from './bus-tables.migration';
export * from './inbox/consume-event.decorator';
export * from './inbox/inbox';
export * from './inbox/inbox-entry.entity';
export * from './nats/streams';
export * from './outbox/database-notifications';
export * from './outbox/outbox';
export * from './outbox/outbox-event.entity';
export * from './outbox/outbox-relay';
import { InboxEntryEntity } from './inbox/inbox-entry.entity';
import { OutboxEventEntity } from './outbox/outbox-event.entity';
import { CreateBusTables1700000000000 } from './bus-tables.migration';

export const BUS_ENTITIES = [OutboxEventEntity, InboxEntryEntity];
export const BUS_MIGRATIONS = [CreateBusTables1700000000000];
