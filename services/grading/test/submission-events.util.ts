import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { ChallengesEvents, EVENTS_STREAM, createEvent, type SubmissionCreatedData } from '@skillproof/contracts';

/** A submission as the challenges service would announce it, with a rubric of two criteria. */
export function submissionData(content: string): SubmissionCreatedData {
  return {
    submissionId: randomUUID(),
    attemptId: randomUUID(),
    challengeId: '11111111-1111-4111-8111-111111111111',
    candidateId: 'candidate-1',
    companyId: null,
    challengeTitle: 'Fraud metric',
    brief: 'Choose a metric for a fraud model and justify it.',
    skills: ['machine-learning'],
    rubricVersion: 1,
    criteria: [
      { key: 'diagnosis', description: 'Explains why accuracy misleads.', weight: 40 },
      { key: 'metric_choice', description: 'Chooses a metric for rare positives.', weight: 60 },
    ],
    content,
    submittedAt: new Date().toISOString(),
    round: 1,
  };
}

/** Publishes submissions straight to JetStream, as the challenges outbox relay does. */
export async function publishSubmissions(
  connection: NatsConnection,
  submissions: SubmissionCreatedData[],
): Promise<void> {
  const js = jetstream(connection);
  for (const data of submissions) {
    const event = createEvent(ChallengesEvents.submissionCreated, { source: 'skillproof/test', data });
    await js.publish(ChallengesEvents.submissionCreated.subject, JSON.stringify(event), { msgID: event.id });
  }
}

/** Resolves once a grading replica has created the shared work-queue consumer. */
export async function waitForGraderConsumer(connection: NatsConnection, timeoutMs = 20_000): Promise<void> {
  const manager = await jetstreamManager(connection);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await manager.consumers.info(EVENTS_STREAM, 'grading-grader');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
