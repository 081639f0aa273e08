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
}
