import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RegisteredAccount } from './register-account';

/** The newest published challenge graded by rubric (the seeds also publish code challenges). */
export async function firstRubricChallengeId(gateway: NestFastifyApplication): Promise<string> {
  const listed = await gateway.inject({ method: 'GET', url: '/v1/challenges?limit=100' });
  const rubric = (listed.json().items as Array<{ id: string; kind: string }>).find(({ kind }) => kind === 'rubric');
  if (!rubric) throw new Error('no published rubric challenge');
  return rubric.id;
}

/**
 * Through the gateway, as a candidate would: starts an attempt at the newest published rubric
 * challenge and submits `content` to it. Returns the submission's id once the gateway has accepted
 * it (202).
 */
export async function submitWork(
  gateway: NestFastifyApplication,
  candidate: RegisteredAccount,
  content: string,
): Promise<string> {
  const attempt = await gateway.inject({
    method: 'POST',
    url: `/v1/challenges/${await firstRubricChallengeId(gateway)}/attempts`,
    headers: candidate.headers,
  });
  const submitted = await gateway.inject({
    method: 'POST',
    url: `/v1/attempts/${attempt.json().id}/submission`,
    headers: candidate.headers,
    payload: { content },
  });
  if (submitted.statusCode !== 202) throw new Error(`submission answered ${submitted.statusCode}: ${submitted.body}`);
  return submitted.json().submissionId as string;
}
