import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import {
  createTestDatabase,
  expectEventually,
  registerAccount,
  startApp,
  startTestNats,
  WebhookReceiver,
  type RegisteredAccount,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { PROFILES_SERVICE } from '@skillproof/profiles';
import { JOBS_SERVICE } from '@skillproof/jobs';
import { GATEWAY } from '../src/app.definition';

describe('jobs and webhooks through the gateway, as signed-in accounts', () => {
  let profilesDatabase: TestDatabase;
  let jobsDatabase: TestDatabase;
  let nats: TestNats;
  let profiles: NestFastifyApplication;
  let jobs: NestFastifyApplication;
  let gateway: NestFastifyApplication;
  let receiver: WebhookReceiver;
  let company: RegisteredAccount;
  let rival: RegisteredAccount;
  let person: RegisteredAccount;

  const posting = {
    title: 'Computer vision engineer',
    description: 'Ship detection models that run on phones.',
    location: 'Toronto',
    remote: true,
    salary: { min: 120_000, max: 160_000, currency: 'CAD' },
    skills: [{ skill: 'machine-learning', minScore: 70 }],
  };

  beforeAll(async () => {
    [profilesDatabase, jobsDatabase, nats, receiver] = await Promise.all([
      createTestDatabase('gateway_jobs_profiles'),
      createTestDatabase('gateway_jobs'),
      startTestNats(),
      WebhookReceiver.start(),
    ]);
    [profiles, jobs] = await Promise.all([
      startApp(PROFILES_SERVICE, { DATABASE_URL: profilesDatabase.url, NATS_URL: nats.url }),
      startApp(JOBS_SERVICE, { DATABASE_URL: jobsDatabase.url, NATS_URL: nats.url }),
    ]);
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url });
    company = await registerAccount(gateway, 'company', { name: 'Mira Okafor', companyName: 'Lens Works' });
    rival = await registerAccount(gateway, 'company', { name: 'Tomas Berg', companyName: 'Rival Optics' });
    person = await registerAccount(gateway, 'candidate', { name: 'Ines Duarte' });
  });

  afterAll(async () => {
    await gateway?.close();
    await jobs?.close();
    await profiles?.close();
    await receiver?.close();
    await nats?.dispose();
    await profilesDatabase?.drop();
    await jobsDatabase?.drop();
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
    const refused = await gateway.inject({
      method: 'POST',
      url: '/v1/jobs',
      headers: person.headers,
      payload: posting,
    });
    expect(refused.statusCode).toBe(403);
    const created = await gateway.inject({
      method: 'POST',
      url: '/v1/jobs',
      headers: company.headers,
      payload: posting,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'open',
      companyId: company.user.companyId,
      companyName: 'Lens Works',
      remote: true,
    });

    const listed = await gateway.inject({ method: 'GET', url: '/v1/jobs?skill=machine-learning&remote=true&q=phones' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual({ items: [expect.objectContaining({ id: created.json().id })], nextCursor: null });
    const one = await gateway.inject({ method: 'GET', url: `/v1/jobs/${created.json().id}` });
    expect(one.json()).toMatchObject({ description: posting.description, challengeId: null });
  });

  it("lists a job under the name on the company's account, and refuses a name the client chose", async () => {
    const impostor = await gateway.inject({
      method: 'POST',
      url: '/v1/jobs',
      headers: rival.headers,
      payload: { ...posting, companyName: 'Google' },
    });
    expect(impostor.statusCode).toBe(400);
    expect(impostor.json().errors).toEqual([expect.objectContaining({ field: 'companyName' })]);
    const posted = await gateway.inject({ method: 'POST', url: '/v1/jobs', headers: rival.headers, payload: posting });
    expect(posted.json()).toMatchObject({ companyId: rival.user.companyId, companyName: 'Rival Optics' });
  });

  it('answers bad input with a 400 naming the field, and unknown jobs with 404', async () => {
    const invalid = await gateway.inject({
      method: 'POST',
      url: '/v1/jobs',
      headers: company.headers,
      payload: { ...posting, skills: [{ skill: 'machine-learning', minScore: 101 }] },
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
      headers: company.headers,
      payload: { url: receiver.url('/gateway'), events: ['application.created', 'application.status_changed'] },
    });
    expect(hook.statusCode).toBe(201);
    const { id: webhookId, secret } = hook.json();
    const job = (
      await gateway.inject({ method: 'POST', url: '/v1/jobs', headers: company.headers, payload: posting })
    ).json();

    const applied = await gateway.inject({
      method: 'POST',
      url: `/v1/jobs/${job.id}/applications`,
      headers: person.headers,
    });
    expect(applied.statusCode).toBe(201);
    expect(applied.json()).toMatchObject({ jobId: job.id, status: 'applied', matchScore: 0 });
    const again = await gateway.inject({
      method: 'POST',
      url: `/v1/jobs/${job.id}/applications`,
      headers: person.headers,
    });
    expect(again.statusCode).toBe(409);

    const skip = await gateway.inject({
      method: 'PATCH',
      url: `/v1/applications/${applied.json().id}`,
      headers: company.headers,
      payload: { status: 'offer' },
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({ code: 'application.invalid_transition' });
    const moved = await gateway.inject({
      method: 'PATCH',
      url: `/v1/applications/${applied.json().id}`,
      headers: company.headers,
      payload: { status: 'screening' },
    });
    expect(moved.json()).toMatchObject({ status: 'screening' });

    const applicants = await gateway.inject({
      method: 'GET',
      url: `/v1/jobs/${job.id}/applications`,
      headers: company.headers,
    });
    expect(applicants.json().items).toEqual([
      expect.objectContaining({
        candidateId: person.user.id,
        status: 'screening',
        evidence: [expect.objectContaining({ skill: 'machine-learning', verifiedScore: null })],
      }),
    ]);

    const received = await expectEventually(() => {
      expect(receiver.on('/gateway')).toHaveLength(2);
      return receiver.on('/gateway');
    });
    for (const webhook of received) {
      const headers = Object.fromEntries(
        ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [name, String(webhook.headers[name])]),
      );
      expect(new Webhook(secret).verify(webhook.body, headers)).toMatchObject({
        data: { jobId: job.id, candidateId: person.user.id, companyId: company.user.companyId },
      });
    }
    const deliveries = await expectEventually(async () => {
      const page = (
        await gateway.inject({ method: 'GET', url: `/v1/webhooks/${webhookId}/deliveries`, headers: company.headers })
      ).json();
      expect(page.items.map((delivery: { status: string }) => delivery.status)).toEqual(['succeeded', 'succeeded']);
      return page.items;
    });
    const retried = await gateway.inject({
      method: 'POST',
      url: `/v1/webhooks/${webhookId}/deliveries/${deliveries[0].id}/retry`,
      headers: company.headers,
    });
    expect(retried.statusCode).toBe(202);
    await expectEventually(() => expect(receiver.on('/gateway')).toHaveLength(3));

    const listed = await gateway.inject({ method: 'GET', url: '/v1/webhooks', headers: company.headers });
    expect(listed.json()).toEqual([expect.objectContaining({ id: webhookId, disabledAt: null })]);
    expect(listed.json()[0].secret).toBeUndefined();
    const deleted = await gateway.inject({
      method: 'DELETE',
      url: `/v1/webhooks/${webhookId}`,
      headers: company.headers,
    });
    expect(deleted.statusCode).toBe(204);
  });

  it("refuses another company's token on the first company's job, applications and webhooks", async () => {
    const hook = (
      await gateway.inject({
        method: 'POST',
        url: '/v1/webhooks',
        headers: company.headers,
        payload: { url: receiver.url('/owned'), events: ['application.created'] },
      })
    ).json();
    const job = (
      await gateway.inject({ method: 'POST', url: '/v1/jobs', headers: company.headers, payload: posting })
    ).json();
    const application = (
      await gateway.inject({ method: 'POST', url: `/v1/jobs/${job.id}/applications`, headers: person.headers })
    ).json();
    const [delivery] = await expectEventually(async () => {
      const page = (
        await gateway.inject({ method: 'GET', url: `/v1/webhooks/${hook.id}/deliveries`, headers: company.headers })
      ).json();
      expect(page.items).toHaveLength(1);
      return page.items;
    });

    const attempts = [
      ['PATCH', `/v1/jobs/${job.id}`, { status: 'closed' }],
      ['GET', `/v1/jobs/${job.id}/applications`, undefined],
      ['PATCH', `/v1/applications/${application.id}`, { status: 'screening' }],
      ['GET', `/v1/webhooks/${hook.id}/deliveries`, undefined],
      ['POST', `/v1/webhooks/${hook.id}/deliveries/${delivery.id}/retry`, undefined],
      ['DELETE', `/v1/webhooks/${hook.id}`, undefined],
    ] as const;
    for (const [method, url, payload] of attempts) {
      const response = await gateway.inject({ method, url, headers: rival.headers, payload });
      expect({ method, url, status: response.statusCode }).toEqual({ method, url, status: 403 });
      expect(response.json().code).toMatch(/\.not_owner$/);
    }
    const rivalsHooks = await gateway.inject({ method: 'GET', url: '/v1/webhooks', headers: rival.headers });
    expect(rivalsHooks.json()).toEqual([]);

    // Nothing the rival tried took effect: the owner still sees it all as it was.
    expect((await gateway.inject({ method: 'GET', url: `/v1/jobs/${job.id}` })).json().status).toBe('open');
    const applicants = await gateway.inject({
      method: 'GET',
      url: `/v1/jobs/${job.id}/applications`,
      headers: company.headers,
    });
    expect(applicants.json().items).toEqual([expect.objectContaining({ id: application.id, status: 'applied' })]);
    const removed = await gateway.inject({
      method: 'DELETE',
      url: `/v1/webhooks/${hook.id}`,
      headers: company.headers,
    });
    expect(removed.statusCode).toBe(204);
  });

  it('refuses a webhook URL that is not http or https with a 400 naming the field', async () => {
    const response = await gateway.inject({
      method: 'POST',
      url: '/v1/webhooks',
      headers: company.headers,
      payload: { url: 'gopher://127.0.0.1/', events: ['application.created'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('url');
  });

  it('serves jobs, matches and mutations over GraphQL', async () => {
    const posted = await gateway.inject({
      method: 'POST',
      url: '/graphql',
      headers: company.headers,
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
      headers: person.headers,
      payload: { query: '{ myJobMatches { items { matchScore job { id } } nextCursor } }' },
    });
    expect(matches.json().data.myJobMatches).toEqual({ items: [], nextCursor: null });
  });
});
