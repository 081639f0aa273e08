import { Webhook } from 'standardwebhooks';
import { expectEventually, gradeReply, startOpenAiStub, WebhookReceiver, type OpenAiStub } from '@skillproof/testing';
import { startSystem, type RunningSystem } from './start-system.util';

const PASSWORD = 'e2e journey password 42';
const ADMIN = { email: 'journey-admin@example.com', password: 'journey admin password 42' };

/** Response bodies are checked by the assertions, not the compiler. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

interface Caller {
  headers: Record<string, string>;
  token: string;
  userId: string;
}

/**
 * One person's whole story, through the gateway of the system started as `npm start` starts it:
 * a company posts a challenge, an admin approves it, a job and a webhook; a candidate takes the
 * challenge, is graded by an AI model (the real SDK against a local stub), gets a verified score,
 * applies; the company sees the evidence and moves the application; the company's own system
 * receives signed webhooks; and no secret ever reaches the logs.
 */
describe('the whole system, end to end', () => {
  let system: RunningSystem;
  let receiver: WebhookReceiver;
  let model: OpenAiStub;

  const call = async (
    method: string,
    path: string,
    caller?: Caller,
    body?: unknown,
  ): Promise<{ status: number; json: Body }> => {
    const response = await fetch(`${system.baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(caller?.headers ?? {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  };

  const register = async (role: 'candidate' | 'company', name: string): Promise<Caller> => {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.com`;
    const { status, json } = await call('POST', '/v1/auth/register', undefined, {
      email,
      password: PASSWORD,
      name,
      role,
      ...(role === 'company' ? { companyName: `${name} Labs` } : {}),
    });
    expect(status).toBe(201);
    return { token: json.accessToken, headers: { authorization: `Bearer ${json.accessToken}` }, userId: json.user.id };
  };

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    model = await startOpenAiStub({ respond: (request) => gradeReply(request, 72) });
    system = await startSystem({
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      OPENAI_API_KEY: 'e2e-key',
      OPENAI_BASE_URL: model.baseUrl,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    console.log(`npm start was ready in ${(system.startupMs / 1000).toFixed(1)} s`);
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    await receiver?.close();
    await model?.close();
  });

  it('reports every service ready', async () => {
    const { status, json } = await call('GET', '/health/ready');
    expect(status).toBe(200);
    expect(Object.keys(json.checks).sort()).toEqual([
      'catalog',
      'challenges',
      'grading',
      'jobs',
      'nats',
      'profiles',
      'sessions',
    ]);
  });

  it('takes a candidate from challenge to verified profile to hired, with signed webhooks on the way', async () => {
    const company = await register('company', 'Northwind Fraud');
    const candidate = await register('candidate', 'Ada Quinn');

    const webhook = await call('POST', '/v1/webhooks', company, {
      url: receiver.url('/hooks'),
      events: ['submission.graded', 'application.created', 'application.status_changed'],
    });
    expect(webhook.status).toBe(201);
    expect(webhook.json.secret).toMatch(/^whsec_/);

    const challenge = await call('POST', '/v1/challenges', company, {
      title: 'Pick a metric for a fraud model',
      brief: 'Fraud is 0.3% of transactions. Choose how to evaluate the model and defend the choice.',
      skills: ['machine-learning'],
      difficulty: 'intermediate',
      timeLimitMinutes: 60,
      rubric: {
        criteria: [
          { key: 'metric_choice', description: 'Chooses a metric that survives class imbalance', weight: 60 },
          { key: 'justification', description: 'Explains the cost of false positives and negatives', weight: 40 },
        ],
      },
    });
    expect(challenge.status).toBe(201);
    expect((await call('POST', `/v1/challenges/${challenge.json.id}/publish`, company)).status).toBe(200);
    const signedIn = await call('POST', '/v1/auth/login', undefined, ADMIN);
    const admin: Caller = {
      token: signedIn.json.accessToken,
      headers: { authorization: `Bearer ${signedIn.json.accessToken}` },
      userId: signedIn.json.user.id,
    };
    const approved = await call('POST', `/v1/challenges/${challenge.json.id}/approve`, admin, {
      reason: 'Rubric reviewed: specific criteria and sensible weights.',
    });
    expect(approved.json).toMatchObject({ grantsPublicVerification: true, issuer: { kind: 'platform' } });

    const job = await call('POST', '/v1/jobs', company, {
      title: 'Fraud ML engineer',
      description: 'Own the models that stop card fraud.',
      location: 'Lisbon',
      remote: true,
      skills: [{ skill: 'machine-learning', minScore: 10 }],
      challengeId: challenge.json.id,
    });
    expect(job.status).toBe(201);

    // The page's open lists follow the published and opened events, a moment after the writes.
    await expectEventually(async () => {
      const page = await call('GET', '/v1/skills/machine-learning');
      expect(page.json.openChallenges.map((entry: { id: string }) => entry.id)).toContain(challenge.json.id);
      expect(page.json.openPositions.map((entry: { id: string }) => entry.id)).toContain(job.json.id);
    });

    const attempt = await call('POST', `/v1/challenges/${challenge.json.id}/attempts`, candidate);
    expect(attempt.status).toBe(201);
    const submitted = await call('POST', `/v1/attempts/${attempt.json.id}/submission`, candidate, {
      content:
        'With 0.3% fraud, class imbalance makes accuracy useless: a model that flags nothing scores 99.7%. I choose ' +
        'precision-recall AUC as the metric, and report recall at a fixed precision agreed with the fraud team. False ' +
        'negatives are missed fraud and cost the full transaction; false positives cost an analyst review and some ' +
        'customer friction, so the threshold follows from the cost of each.',
    });
    expect(submitted.status).toBe(202);
    expect(submitted.json.status).toBe('queued');

    const graded = await expectEventually(async () => {
      const { json } = await call('GET', `/v1/submissions/${submitted.json.submissionId}`, candidate);
      expect(json.status).toBe('graded');
      return json;
    }, 30_000);
    expect(graded).toMatchObject({ grader: 'openai', score: 72, verification: 'ai', standing: 'public' });
    expect(graded.criteria.map((entry: { key: string }) => entry.key).sort()).toEqual([
      'justification',
      'metric_choice',
    ]);
    expect((await call('GET', `/v1/submissions/${submitted.json.submissionId}`, company)).status).toBe(200);

    expect((await call('PATCH', '/v1/me/profile', candidate, { visibility: 'public' })).status).toBe(200);
    const me = await call('GET', '/v1/me', candidate);
    const profile = await expectEventually(async () => {
      const { json } = await call('GET', `/v1/profiles/${me.json.profile.handle}`);
      expect(json.verifiedSkills).toEqual([
        expect.objectContaining({ skill: 'machine-learning', score: graded.score }),
      ]);
      return json;
    }, 20_000);
    expect(profile.verifiedSkills[0].evidence[0]).toMatchObject({
      challengeId: challenge.json.id,
      score: graded.score,
      verification: 'ai',
      issuer: { kind: 'platform', name: 'Skillproof' },
      attempts: 1,
    });

    await expectEventually(async () => {
      const { json } = await call('GET', '/v1/me/job-matches', candidate);
      expect(json.items.map((entry: { job?: { id: string }; id?: string }) => entry.job?.id ?? entry.id)).toContain(
        job.json.id,
      );
    }, 20_000);
    const application = await call('POST', `/v1/jobs/${job.json.id}/applications`, candidate);
    expect(application.status).toBe(201);
    // The documented rule: min(1, verified / minScore) per required skill, as a percentage.
    const matchScore = Math.round(100 * Math.min(1, graded.score / 10));
    expect(application.json).toMatchObject({ status: 'applied', matchScore });

    const applicants = await call('GET', `/v1/jobs/${job.json.id}/applications`, company);
    expect(applicants.json.items[0]).toMatchObject({ candidateId: candidate.userId, matchScore });
    expect(
      (await call('PATCH', `/v1/applications/${application.json.id}`, company, { status: 'screening' })).status,
    ).toBe(200);

    const verifier = new Webhook(webhook.json.secret);
    const payloads = await expectEventually(() => {
      const seen = receiver.on('/hooks').map((delivery) => {
        const headers = Object.fromEntries(
          ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [
            name,
            String(delivery.headers[name]),
          ]),
        );
        return verifier.verify(delivery.body, headers) as Body;
      });
      expect(new Set(seen.map((payload) => payload.type))).toEqual(
        new Set(['submission.graded', 'application.created', 'application.status_changed']),
      );
      return seen;
    }, 30_000);
    expect(payloads).toHaveLength(3);

    // Each payload carries exactly the fields the OpenAPI document's `webhooks` promises, no more.
    const { json: document } = await call('GET', '/docs/json');
    const schemaOf = (schema: Body): Body => document.components.schemas[schema.$ref.split('/').pop()];
    for (const payload of payloads) {
      const operation = document.webhooks[payload.type].post;
      const envelope = schemaOf(operation.requestBody.content['application/json'].schema);
      expect(Object.keys(payload).sort()).toEqual(Object.keys(envelope.properties).sort());
      expect(envelope.properties.version.enum).toEqual([payload.version]);
      expect(Object.keys(payload.data).sort()).toEqual(
        Object.keys(schemaOf(envelope.properties.data).properties).sort(),
      );
    }
    expect(payloads.find((payload) => payload.type === 'submission.graded').data).toMatchObject({
      submissionId: submitted.json.submissionId,
      score: graded.score,
      grader: 'openai',
      verification: 'ai',
      issuer: { kind: 'platform' },
    });
  }, 120_000);

  it('never writes a password, token or secret into the logs', async () => {
    const company = await register('company', 'Log Audit');
    const key = await call('POST', '/v1/api-keys', company);
    expect(key.status).toBe(201);
    await call('GET', '/v1/me', company);
    await call('POST', '/v1/auth/login', undefined, { email: 'nobody@example.com', password: PASSWORD });
    const hook = await call(
      'POST',
      '/v1/webhooks',
      { ...company, headers: { 'x-api-key': key.json.key } },
      {
        url: receiver.url('/audit'),
        events: ['application.created'],
      },
    );
    expect(hook.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const logs = system.logs.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [PASSWORD, company.token, key.json.key, hook.json.secret]) {
      expect(logs.includes(secret)).toBe(false);
    }
  });
});
