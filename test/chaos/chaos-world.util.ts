import { randomUUID } from 'node:crypto';
import type { AccountRole, AuthSession } from '@skillproof/contracts';
import type { GatewayClient, GatewayReply } from './gateway-client.util';

export interface ChaosAccount {
  userId: string;
  token: string;
}

/** What the load runs against: one company with a challenge, a job and a webhook, and its candidates. */
export interface ChaosWorld {
  company: ChaosAccount;
  candidates: ChaosAccount[];
  challengeId: string;
  skills: string[];
  jobId: string;
  webhookId: string;
  webhookSecret: string;
}

const PASSWORD = 'chaos monkey with a long password';

/** The admin the system creates on start, who approves the challenge so its AI grades verify scores. */
export const CHAOS_ADMIN = { email: 'chaos-admin@chaos.example.com', password: 'chaos admin with a long password' };

/** Builds the world through the gateway, as a company and its candidates would. */
export async function buildChaosWorld(
  client: GatewayClient,
  webhookUrl: string,
  candidateCount: number,
): Promise<ChaosWorld> {
  const company = await register(client, 'company');
  const skills = ['machine-learning', 'python'];
  const challenge = expectStatus(
    await client.call<{ id: string }>('POST', '/v1/challenges', {
      token: company.token,
      body: {
        title: 'Diagnose an overfitting model',
        brief: 'A gradient boosted model scores far better in training than on held-out data. Explain why and fix it.',
        skills,
        difficulty: 'intermediate',
        timeLimitMinutes: 60,
        rubric: {
          criteria: [
            { key: 'diagnosis', description: 'Names overfitting and the validation evidence for it.', weight: 60 },
            { key: 'remedy', description: 'Proposes regularisation, early stopping or more data.', weight: 40 },
          ],
        },
        cooldownDays: 0,
      },
    }),
    201,
  );
  expectStatus(await client.call('POST', `/v1/challenges/${challenge.id}/publish`, { token: company.token }), 200);
  const admin = expectStatus(await client.call<AuthSession>('POST', '/v1/auth/login', { body: CHAOS_ADMIN }), 200);
  expectStatus(
    await client.call('POST', `/v1/challenges/${challenge.id}/approve`, {
      token: admin.accessToken,
      body: { reason: 'The chaos run needs grades that verify scores.' },
    }),
    200,
  );
  const job = expectStatus(
    await client.call<{ id: string }>('POST', '/v1/jobs', {
      token: company.token,
      body: {
        title: 'Machine learning engineer',
        description: 'Builds and ships models that hold up on data they have not seen.',
        location: 'Rotterdam',
        remote: true,
        skills: [{ skill: 'machine-learning', minScore: 40 }],
        challengeId: challenge.id,
      },
    }),
    201,
  );
  const webhook = expectStatus(
    await client.call<{ id: string; secret: string }>('POST', '/v1/webhooks', {
      token: company.token,
      body: { url: webhookUrl, events: ['submission.graded', 'application.created', 'application.status_changed'] },
    }),
    201,
  );
  const candidates: ChaosAccount[] = [];
  for (let index = 0; index < candidateCount; index += 1) candidates.push(await register(client, 'candidate'));
  return {
    company,
    candidates,
    challengeId: challenge.id,
    skills,
    jobId: job.id,
    webhookId: webhook.id,
    webhookSecret: webhook.secret,
  };
}

/** Registers; when a retried registration finds the account already made by an earlier try, signs in. */
async function register(client: GatewayClient, role: AccountRole): Promise<ChaosAccount> {
  const email = `${role}-${randomUUID()}@chaos.example.com`;
  const name = role === 'company' ? 'Chaos Recruiter' : 'Chaos Candidate';
  const registered = await client.call<AuthSession>('POST', '/v1/auth/register', {
    body: { email, password: PASSWORD, name, role, ...(role === 'company' ? { companyName: 'Chaos Labs' } : {}) },
  });
  const session =
    registered.status === 409 && registered.retried
      ? expectStatus(
          await client.call<AuthSession>('POST', '/v1/auth/login', { body: { email, password: PASSWORD } }),
          200,
        )
      : expectStatus(registered, 201);
  return { userId: session.user.id, token: session.accessToken };
}

export function expectStatus<Body>(reply: GatewayReply<Body>, status: number): Body {
  if (reply.status !== status) {
    throw new Error(`expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  }
  return reply.body;
}
