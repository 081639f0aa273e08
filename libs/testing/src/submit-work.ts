import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RegisteredAccount } from './register-account';

/**
 * Through the gateway, as a candidate would: starts an attempt at the first published challenge and
 * submits `content` to it. Returns the submission's id once the gateway has accepted it (202).
 */
export async function submitWork(
  gateway: NestFastifyApplication,
  candidate: RegisteredAccount,
  content: string,
): Promise<string> {
  const listed = await gateway.inject({ method: 'GET', url: '/v1/challenges?limit=1' });
  const attempt = await gateway.inject({
    method: 'POST',
    url: `/v1/challenges/${listed.json().items[0].id}/attempts`,
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
