import type { JetStreamManager, StreamConfig } from '@nats-io/jetstream';
import { DEAD_LETTER_STREAM, DEAD_LETTER_SUBJECTS, EVENTS_STREAM, EVENT_SUBJECTS } from '@skillproof/contracts';

const SECOND_NS = 1_000_000_000;
const DAY_NS = 86_400 * SECOND_NS;

/** Window in which JetStream drops a second publish of the same event id. */
export const DUPLICATE_WINDOW_NS = 2 * 60 * SECOND_NS;

const STREAMS: Array<Partial<StreamConfig> & { name: string; subjects: string[] }> = [
  {
    name: EVENTS_STREAM,
    subjects: [EVENT_SUBJECTS],
    storage: 'file',
    duplicate_window: DUPLICATE_WINDOW_NS,
    max_age: 30 * DAY_NS,
  },
  {
    name: DEAD_LETTER_STREAM,
    subjects: [DEAD_LETTER_SUBJECTS],
    storage: 'file',
    max_age: 90 * DAY_NS,
  },
];

/**
 * Creates the streams, or brings an existing one to this configuration; safe from every replica.
 * `replicas` copies of each stream (1 unless the servers form a cluster); a change scales it in place.
 */
export async function ensureStreams(jsm: JetStreamManager, replicas = 1): Promise<void> {
  for (const template of STREAMS) {
    const stream = { ...template, num_replicas: replicas };
    try {
      await jsm.streams.info(stream.name);
      await jsm.streams.update(stream.name, stream);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await jsm.streams.add(stream).catch(async (addError: unknown) => {
        // Another process created it between the look and the add (the server then answers "subjects
        // overlap" or "name already in use"): bring that one to this configuration instead of failing to start.
        if (!(await streamExists(jsm, stream.name))) throw addError;
        await jsm.streams.update(stream.name, stream);
      });
    }
  }
}

async function streamExists(jsm: JetStreamManager, name: string): Promise<boolean> {
  try {
    await jsm.streams.info(name);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof Error && /not found/i.test(error.message);
}
