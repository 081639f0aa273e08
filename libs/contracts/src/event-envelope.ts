import { randomUUID } from 'node:crypto';
import type { EventDefinition } from './definitions';

/** CloudEvents 1.0 JSON envelope with the W3C trace context carried alongside. */
export interface EventEnvelope<Data = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  subject?: string;
  datacontenttype: 'application/json';
  traceparent?: string;
  data: Data;
}

export interface NewEvent<Data> {
  source: string;
  subject?: string;
  traceparent?: string;
  data: Data;
  /** Set to make the event id deterministic, e.g. when the same fact must never be emitted twice. */
  id?: string;
}

/** The CloudEvents `type` of an event is its NATS subject, so a consumer never needs a second table. */
export function createEvent<Data>(definition: EventDefinition<Data>, event: NewEvent<Data>): EventEnvelope<Data> {
  return {
    specversion: '1.0',
    id: event.id ?? randomUUID(),
    source: event.source,
    type: definition.subject,
    time: new Date().toISOString(),
    subject: event.subject,
    datacontenttype: 'application/json',
    traceparent: event.traceparent,
    data: event.data,
  };
}

export function isEventEnvelope(value: unknown): value is EventEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<EventEnvelope>;
  return (
    candidate.specversion === '1.0' &&
    typeof candidate.id === 'string' &&
    typeof candidate.type === 'string' &&
    typeof candidate.source === 'string' &&
    'data' in candidate
  );
}
