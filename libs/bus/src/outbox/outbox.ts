import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { createEvent, type EventDefinition, type EventEnvelope, type NewEvent } from '@skillproof/contracts';
import { BUS_OPTIONS, type BusOptions } from '../bus.options';

/** Postgres delivers a NOTIFY only when its transaction commits, which is exactly when the relay may publish. */
export const OUTBOX_CHANNEL = 'skillproof_outbox';

/** Records events in the caller's transaction; the relay publishes them once it commits. */
@Injectable()
export class Outbox {
  constructor(@Inject(BUS_OPTIONS) private readonly options: BusOptions) {}

  async add<Data>(
    manager: EntityManager,
    definition: EventDefinition<Data>,
    event: Omit<NewEvent<Data>, 'source'>,
  ): Promise<EventEnvelope<Data>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`Outbox.add(${definition.subject}) needs the EntityManager of an open transaction`);
    }
    const envelope = createEvent(definition, { ...event, source: `skillproof/${this.options.service}` });
    // clock_timestamp(), not the default now(): now() is when the transaction began, so of two
    // transactions serialised by a lock, the one that began first but wrote second would be
    // published first, and readers would see the older fact last.
    await manager.query(
      `INSERT INTO outbox_events (id, subject, envelope, created_at) VALUES ($1, $2, $3, clock_timestamp())`,
      [envelope.id, definition.subject, JSON.stringify(envelope)],
    );
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
    return envelope;
  }

  /**
   * Records several events in two statements, for writers that commit many changes at once: one
   * notification per transaction, because PostgreSQL serialises the commits of notifying
   * transactions. The events keep the order given.
   */
  async addMany(manager: EntityManager, events: Array<OutboxEntry<unknown>>): Promise<EventEnvelope[]> {
    if (events.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox.addMany needs the EntityManager of an open transaction');
    }
    const source = `skillproof/${this.options.service}`;
    const envelopes = events.map(({ definition, event }) => createEvent(definition, { ...event, source }));
    // unnest yields the rows in array order, and clock_timestamp() (see add()) rises row by row.
    await manager.query(
      `INSERT INTO outbox_events (id, subject, envelope, created_at)
       SELECT e.id::uuid, e.subject, e.envelope::jsonb, clock_timestamp()
         FROM unnest($1::text[], $2::text[], $3::text[]) AS e(id, subject, envelope)`,
      [
        envelopes.map((envelope) => envelope.id),
        envelopes.map((envelope) => envelope.type),
        envelopes.map((envelope) => JSON.stringify(envelope)),
      ],
    );
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
    return envelopes;
  }
}

/** One event for `Outbox.addMany`. */
export interface OutboxEntry<Data> {
  definition: EventDefinition<Data>;
  event: Omit<NewEvent<Data>, 'source'>;
}
