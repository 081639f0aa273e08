import { randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import {
  createEvent,
  EVENTS_STREAM,
  GradingEvents,
  type EventEnvelope,
  type SubmissionGradedData,
} from '@skillproof/contracts';

/** A well-formed graded-submission event, as the grading service will publish it. */
export function gradedEvent(
  candidateId: string,
  overrides: Partial<SubmissionGradedData> & { score: number; gradedAt: string },
): EventEnvelope<SubmissionGradedData> {
  return createEvent(GradingEvents.submissionGraded, {
    source: 'skillproof/grading',
    data: {
      submissionId: randomUUID(),
      challengeId: randomUUID(),
      candidateId,
      companyId: null,
      challengeTitle: 'Predict churn from usage logs',
      skills: ['machine-learning'],
      criteria: [{ key: 'correctness', score: overrides.score, feedback: 'Sound approach.' }],
      feedback: 'Clear and well reasoned.',
      grader: 'heuristic',
      graderVersion: '1',
      model: null,
      rubricVersion: 1,
      tokens: { prompt: 0, completion: 0 },
      costUsd: 0,
      flags: [],
      ...overrides,
    },
  });
}

/**
 * Publishes straight onto JetStream. Without `msgId` the stream keeps every copy, which is how a
 * test makes a true redelivery that only the consumer's inbox can catch.
 */
export async function publishEvent(connection: NatsConnection, event: EventEnvelope, msgId?: string): Promise<void> {
  await jetstream(connection).publish(event.type, JSON.stringify(event), msgId ? { msgID: msgId } : undefined);
}

/** True once the durable consumer has handled (acked) everything in the stream. */
export async function consumerIsIdle(connection: NatsConnection, durable: string): Promise<boolean> {
  const info = await (await jetstreamManager(connection)).consumers.info(EVENTS_STREAM, durable);
  return info.num_pending === 0 && info.num_ack_pending === 0;
}

export const connectTestBus = (url: string): Promise<NatsConnection> => connect({ servers: url });
