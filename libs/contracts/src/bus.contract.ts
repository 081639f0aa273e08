import type { EventEnvelope } from './event-envelope';

/** Stream that stores every domain event (`evt.>`). */
export const EVENTS_STREAM = 'EVENTS';
export const EVENT_SUBJECTS = 'evt.>';

/** Stream that keeps the events no consumer could handle, for an operator to inspect and replay. */
export const DEAD_LETTER_STREAM = 'DEADLETTER';
export const DEAD_LETTER_SUBJECTS = 'dlq.>';

export interface DeadLetteredData {
  consumer: string;
  deliveries: number;
  error: string;
  event: EventEnvelope;
}

/** Published to `dlq.<consumer>` so that no live consumer of `evt.>` receives it again. */
export const deadLetterSubject = (consumer: string): string => `dlq.${consumer}`;
