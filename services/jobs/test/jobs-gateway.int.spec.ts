import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import {
  createTestDatabase,
  expectEventually,
  startTestNats,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { candidate, companyMember } from './principals.util';
import { as, startGatewayWithPrincipals } from './start-gateway-with-principals.util';
import { startJobs } from './start-jobs.util';
import { WebhookReceiver } from './webhook-receiver.util';

describe('jobs and webhooks through the gateway', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let jobs: NestFastifyApplication;
  let gateway: NestFastifyApplication;
  let receiver: WebhookReceiver;
  const company = companyMember();
  const person = candidate();

  const posting = {
    title: 'Computer vision engineer',
    description: 'Ship detection models that run on phones.',
    location: 'Toronto',
    remote: true,
    salary: { min: 120_000, max: 160_000, currency: 'CAD' },
    skills: [{ skill: 'machine-learning', minScore: 70 }],
    companyName: 'Lens Works',
  };

  beforeAll(async () => {
    [database, nats, receiver] = await Promise.all([
      createTestDatabase('jobs_gateway'),
      startTestNats(),
      WebhookReceiver.start(),
    ]);
    jobs = await startJobs({ DATABASE_URL: database.url, NATS_URL: nats.url });
    gateway = await startGatewayWithPrincipals({ NATS_URL: nats.url });
  });

  afterAll(async () => {
    await gateway?.close();
    await jobs?.close();
    await receiver?.close();
    await nats?.dispose();
    await database?.drop();
  });

  it.each([
    ['POST', '/v1/jobs'],
    ['PATCH', `/v1/jobs/${randomUUID()}`],
    ['POST', `/v1/jobs/${randomUUID()}/applications`],
    ['GET', `/v1/jobs/${randomUUID()}/applications`],
    ['PATCH', `/v1/applications/${randomUUID()}`],
    ['GET', '/v1/me/job-matches'],
    ['POST', '/v1/webhooks'],
    ['GET', '/v1/webhooks'],
    ['DELETE', `/v1/webhooks/${randomUUID()}`],
    ['GET', `/v1/webhooks/${randomUUID()}/deliveries`],
    ['POST', `/v1/webhooks/${randomUUID()}/deliveries/${randomUUID()}/retry`],
  ] as const)('answers %s %s anonymously with a 401 problem', async (method, url) => {
    const response = await gateway.inject({ method, url, payload: method === 'GET' ? undefined : {} });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('lets a company post a job that anyone then finds, and refuses a candidate with 403', async () => {
    const refused = await gateway.inject({ method: 'POST', url: '/v1/jobs', headers: as(person), payload: posting });
    expect(refused.statusCode).toBe(403);
    const created = await gateway.inject({ method: 'POST', url: '/v1/jobs', headers: as(company), payload: posting });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'open', companyName: 'Lens Works', remote: true });

    const listed = await gateway.inject({ method: 'GET', url: '/v1/jobs?skill=machine-learning&remote=true&q=phones' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual({ items: [expect.objectContaining({ id: created.json().id })], nextCursor: null });
    const one = await gateway.inject({ method: 'GET', url: `/v1/jobs/${created.json().id}` });
    expect(one.json()).toMatchObject({ description: posting.description, challengeId: null });
  });

  it('answers bad input with a 400 naming the field, and unknown jobs with 404', async () => {
    const invalid = await gateway.inject({
      method: 'POST',
      url: '/v1/jobs',
      headers: as(company),
      payload: { ...posting, skills: [{ skill: 'machine-learning', minScore: 0 }] },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors).toEqual([expect.objectContaining({ field: 'skills.0.minScore' })]);
    expect((await gateway.inject({ method: 'GET', url: '/v1/jobs?limit=500' })).json().errors[0].field).toBe('limit');
    expect((await gateway.inject({ method: 'GET', url: '/v1/jobs/not-a-uuid' })).statusCode).toBe(400);
    const missing = await gateway.inject({ method: 'GET', url: `/v1/jobs/${randomUUID()}` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'job.not_found' });
  });

  it('runs the hiring flow over REST with a signed webhook for each step', async () => {
    const hook = await gateway.inject({
      method: 'POST',
      url: '/v1/webhooks',
      headers: as(company),
      payload: { url: receiver.url('/gateway'), events: ['application.created', 'application.status_changed'] },
    });
    expect(hook.statusCode).toBe(201);
    const { id: webhookId, secret } = hook.json();
    const job = (
      await gateway.inject({ method: 'POST', url: '/v1/jobs', headers: as(company), payload: posting })
    ).json();

    const applied = await gateway.inject({
      method: 'POST',
      url: `/v1/jobs/${job.id}/applications`,
      headers: as(person),
    });
    expect(applied.statusCode).toBe(201);
    expect(applied.json()).toMatchObject({ jobId: job.id, status: 'applied', matchScore: 0 });
    const again = await gateway.inject({ method: 'POST', url: `/v1/jobs/${job.id}/applications`, headers: as(person) });
    expect(again.statusCode).toBe(409);

    const skip = await gateway.inject({
      method: 'PATCH',
      url: `/v1/applications/${applied.json().id}`,
      headers: as(company),
      payload: { status: 'offer' },
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({ code: 'application.invalid_transition' });
    const moved = await gateway.inject({
      method: 'PATCH',
      url: `/v1/applications/${applied.json().id}`,
      headers: as(company),
      payload: { status: 'screening' },
    });
    expect(moved.json()).toMatchObject({ status: 'screening' });

    const applicants = await gateway.inject({
      method: 'GET',
      url: `/v1/jobs/${job.id}/applications`,
      headers: as(company),
    });
    expect(applicants.json().items).toEqual([
      expect.objectContaining({
        candidateId: person.userId,
        status: 'screening',
        evidence: [expect.objectContaining({ skill: 'machine-learning', verifiedScore: null })],
      }),
    ]);
    const othersView = await gateway.inject({
      method: 'GET',
      url: `/v1/jobs/${job.id}/applications`,
      headers: as(companyMember()),
    });
    expect(othersView.statusCode).toBe(403);

    const received = await expectEventually(() => {
      expect(receiver.on('/gateway')).toHaveLength(2);
      return receiver.on('/gateway');
    });
    for (const webhook of received) {
      const headers = Object.fromEntries(
        ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [name, String(webhook.headers[name])]),
      );
      expect(new Webhook(secret).verify(webhook.body, headers)).toMatchObject({ data: { jobId: job.id } });
    }
    const deliveries = await expectEventually(async () => {
      const page = (
        await gateway.inject({ method: 'GET', url: `/v1/webhooks/${webhookId}/deliveries`, headers: as(company) })
      ).json();
      expect(page.items.map((delivery: { status: string }) => delivery.status)).toEqual(['succeeded', 'succeeded']);
      return page.items;
    });
    const retried = await gateway.inject({
      method: 'POST',
      url: `/v1/webhooks/${webhookId}/deliveries/${deliveries[0].id}/retry`,
      headers: as(company),
    });
    expect(retried.statusCode).toBe(202);
    await expectEventually(() => expect(receiver.on('/gateway')).toHaveLength(3));

    const listed = await gateway.inject({ method: 'GET', url: '/v1/webhooks', headers: as(company) });
    expect(listed.json()).toEqual([expect.objectContaining({ id: webhookId, disabledAt: null })]);
    expect(listed.json()[0].secret).toBeUndefined();
    const deleted = await gateway.inject({ method: 'DELETE', url: `/v1/webhooks/${webhookId}`, headers: as(company) });
    expect(deleted.statusCode).toBe(204);
  });

  it('refuses a webhook URL that is not http or https with a 400 naming the field', async () => {
    const response = await gateway.inject({
      method: 'POST',
      url: '/v1/webhooks',
      headers: as(company),
      payload: { url: 'gopher://127.0.0.1/', events: ['application.created'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('url');
  });

  it('serves jobs, matches and mutations over GraphQL', async () => {
    const posted = await gateway.inject({
      method: 'POST',
      url: '/graphql',
      headers: as(company),
      payload: {
        query: `mutation($input: JobCreateInput!) { postJob(input: $input) { id status companyName skills { skill minScore } } }`,
        variables: { input: { ...posting, title: 'GraphQL posted role' } },
      },
    });
    const job = posted.json().data.postJob;
    expect(job).toMatchObject({ status: 'open', skills: [{ skill: 'machine-learning', minScore: 70 }] });

    const listed = await gateway.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: '{ jobs(q: "GraphQL") { items { id title salary { currency } } nextCursor } }' },
    });
    expect(listed.json().data.jobs).toEqual({
      items: [{ id: job.id, title: 'GraphQL posted role', salary: { currency: 'CAD' } }],
      nextCursor: null,
    });
    const anonymous = await gateway.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: '{ myJobMatches { items { matchScore } } }' },
    });
    expect(anonymous.json().errors[0].extensions).toMatchObject({ status: 401 });
    const matches = await gateway.inject({
      method: 'POST',
      url: '/graphql',
      headers: as(person),
      payload: { query: '{ myJobMatches { items { matchScore job { id } } nextCursor } }' },
    });
    expect(matches.json().data.myJobMatches).toEqual({ items: [], nextCursor: null });
  });
});
