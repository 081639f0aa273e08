import type { EntityManager } from 'typeorm';

/** The durable JetStream consumer, and the inbox key, of a service's `@ConsumeEvent(..., { consumer })`. */
export const durableName = (service: string, consumer: string): string => `${service}-${consumer}`;

/**
 * Lets a consumer apply an event again. For handlers that accept an event into work of their own
 * and later give that work up as a dead letter: without this, a redrive of the dead letter would
 * be dropped by the inbox as already applied.
 */
export async function forgetInboxEntry(manager: EntityManager, consumer: string, eventId: string): Promise<void> {
  await manager.query(`DELETE FROM inbox_entries WHERE consumer = $1 AND event_id = $2`, [consumer, eventId]);
}
