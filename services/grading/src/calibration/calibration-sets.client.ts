import { randomUUID } from 'node:crypto';
import type { NatsConnection } from '@nats-io/nats-core';
import { ChallengesRequests, isRpcProblem, type CalibrationSet } from '@skillproof/contracts';

/** Asks the challenges service for every challenge's reference submissions. */
export async function fetchCalibrationSets(connection: NatsConnection): Promise<CalibrationSet[]> {
  const subject = ChallengesRequests.calibrationSets.subject;
  const packet = JSON.stringify({ pattern: subject, data: {}, id: randomUUID() });
  const message = await connection.request(subject, packet, { timeout: 10_000 }).catch((error: unknown) => {
    throw new Error(`The challenges service did not answer on ${subject} (is it running?): ${String(error)}`);
  });
  const reply = message.json<{ response?: CalibrationSet[]; err?: unknown }>();
  if (reply.err) throw new Error(isRpcProblem(reply.err) ? reply.err.detail : JSON.stringify(reply.err));
  return reply.response ?? [];
}
