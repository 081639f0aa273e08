import type { Msg } from '@nats-io/nats-core';
import { isEventEnvelope } from '@skillproof/contracts';

/** The data of an event heard on a core NATS subscription, or undefined when it is no event envelope. */
export function eventDataOf<Data>(message: Msg): Data | undefined {
  try {
    const envelope: unknown = message.json();
    return isEventEnvelope(envelope) ? (envelope.data as Data) : undefined;
  } catch {
    return undefined;
  }
}
