import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import {
  ChallengesEvents,
  JobsEvents,
  JobsRequests,
  type Principal,
  type GradeRecordedData,
  type WebhookEventType,
} from '@skillproof/contracts';
import {
  candidate,
  companyMember,
  createTestDatabase,
  expectEventually,
  ServiceCaller,
  startApp,
  startTestNats,
  TestBus,
  TestClock,
  WebhookReceiver,
  type ReceivedWebhook,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import type { DeliveryView } from '@skillproof/contracts';
import { JOBS_SERVICE } from '../src/app.definition';

function graded(companyId: string | null): GradeRecordedData {
  return {
    decision: 'graded',
    verification: 'ai',
    issuer: companyId ? { kind: 'company', companyId, name: 'Northwind' } : { kind: 'platform', name: 'Skillproof' },
    reviewer: null,
    standing: companyId ? 'company' : 'public',
    attempts: 1,
    reason: null,
    round: 1,
    submissionId: randomUUID(),
    challengeId: randomUUID(),
    candidateId: randomUUID(),
    companyId,
    challengeTitle: 'Forecast weekly demand',
    skills: ['machine-learning'],
    score: 84,
    criteria: [{ key: 'accuracy', score: 84, feedback: 'Sound validation split.' }],
    feedback: 'Solid work.',
    grader: 'openai',
    model: 'gpt-4o-mini',
    rubricVersion: 1,
    gradedAt: new Date().toISOString(),
  };
}

/** Verifies a received webhook exactly as a company's integration would, with the standardwebhooks package. */
function verified(
  secret: string,
  webhook: ReceivedWebhook,
): { type: string; timestamp: string; data: Record<string, unknown> } {
  const headers = {
    'webhook-id': String(webhook.headers['webhook-id']),
    'webhook-timestamp': String(webhook.headers['webhook-timestamp']),
    'webhook-signature': String(webhook.headers['webhook-signature']),
  };
  return new Webhook(secret).verify(webhook.body, headers) as {
    type: string;
    timestamp: string;
    data: Record<string, unknown>;
  };
}

/** Retry and disable windows of minutes, run on a clock the tests move instead of waiting. */
const WINDOWS = {
  WEBHOOK_RETRY_BASE_MS: '60000',
  WEBHOOK_RETRY_MAX_DELAY_MS: '240000',
  WEBHOOK_RETRY_WINDOW_MS: '3600000',
  WEBHOOK_DISABLE_AFTER_MS: '300000',
  WEBHOOK_MAX_ENDPOINTS_PER_COMPANY: '3',
  WEBHOOK_REPLAYS_PER_HOUR: '2',
};

describe('company webhooks', () => {
  const clock = new TestClock();
  let database: TestDatabase;
  let nats: TestNats;
  let jobs: NestFastifyApplication;
  let client: ServiceCaller;
  let bus: TestBus;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    [database, nats, receiver] = await Promise.all([
      createTestDatabase('jobs_webhooks'),
      startTestNats(),
      WebhookReceiver.start(),
    ]);
    jobs = await startApp(JOBS_SERVICE, { DATABASE_URL: database.url, NATS_URL: nats.url, ...WINDOWS }, { clock });
    client = await ServiceCaller.connect(nats.url);
    bus = await TestBus.connect(nats.url);
  });

  afterAll(async () => {
    await client?.close();
    await bus?.close();
    await jobs?.close();
    await receiver?.close();
    await nats?.dispose();
    await database?.drop();
  });

  async function register(principal: Principal, path: string, events: WebhookEventType[]) {
    return client.ok(JobsRequests.createWebhook, { principal, url: receiver.url(path), events });
  }

  async function deliveryOf(principal: Principal, endpointId: string): Promise<DeliveryView | undefined> {
    return (await client.ok(JobsRequests.listDeliveries, { principal, id: endpointId })).items[0];
  }

  /**
   * The delivery once it has `attempts` attempts and their outcome is settled. The view reads the
   * delivery and its attempts in two queries, so it can catch an attempt before its settlement.
   */
  async function settledAfter(principal: Principal, endpointId: string, attempts: number): Promise<DeliveryView> {
    return expectEventually(async () => {
      const delivery = await deliveryOf(principal, endpointId);
      expect(delivery?.attempts).toHaveLength(attempts);
      expect(delivery?.attemptCount).toBe(attempts);
      return delivery!;
    });
  }

  /** Waits for the delivery's next attempt, moving the clock to when it is due. */
  async function nextAttempt(principal: Principal, endpointId: string, after: DeliveryView): Promise<DeliveryView> {
    if (after.nextAttemptAt) clock.advance(Date.parse(after.nextAttemptAt) - clock.now().getTime() + 1_000);
    return settledAfter(principal, endpointId, after.attempts.length + 1);
  }

  async function postJob(principal: Principal) {
    return client.ok(JobsRequests.createJob, {
      principal,
      title: 'Applied scientist',
      description: 'Build the models behind search ranking.',
      location: 'Lisbon',
      remote: true,
      skills: [{ skill: 'machine-learning', minScore: 70 }],
      companyName: 'Hooked Ltd',
    });
  }

  it('registers an endpoint with a whsec_ secret that is shown once', async () => {
    const company = companyMember();
    const created = await register(company, '/register', ['application.created']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(created).toMatchObject({
      url: receiver.url('/register'),
      events: ['application.created'],
      disabledAt: null,
    });
    const listed = await client.ok(JobsRequests.listWebhooks, { principal: company });
    expect(listed).toEqual([expect.not.objectContaining({ secret: expect.anything() })]);
    expect(listed[0].id).toBe(created.id);
  });

  it('refuses metadata and link-local targets even when private targets are allowed, and non-http URLs', async () => {
    const company = companyMember();
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://[fe80::1]/hook',
      'http://metadata.google.internal/',
    ]) {
      const problem = await client.problem(JobsRequests.createWebhook, {
        principal: company,
        url,
        events: ['application.created'],
      });
      expect(problem).toMatchObject({ status: 422, code: 'webhook.target_refused' });
    }
    const ftp = await client.problem(JobsRequests.createWebhook, {
      principal: company,
      url: 'ftp://127.0.0.1/hook',
      events: ['application.created'],
    });
    expect(ftp).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'url', message: expect.stringMatching(/http or https/) }],
    });
    const badEvent = await client.problem(JobsRequests.createWebhook, {
      principal: company,
      url: receiver.url('/x'),
      events: ['job.exploded' as WebhookEventType],
    });
    expect(badEvent).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'events' })] });
    expect(await client.ok(JobsRequests.listWebhooks, { principal: company })).toEqual([]);
  });

  it('refuses a duplicate endpoint, and endpoints past the cap', async () => {
    const company = companyMember();
    const create = (path: string, events: WebhookEventType[]) =>
      client.call(JobsRequests.createWebhook, { principal: company, url: receiver.url(path), events });
    await register(company, '/cap-1', ['application.created', 'application.status_changed']);
    expect(await create('/cap-1', ['application.status_changed', 'application.created'])).toMatchObject({
      problem: { status: 409, code: 'webhook.duplicate' },
    });
    await register(company, '/cap-1', ['application.created']);
    await register(company, '/cap-2', ['application.created']);
    expect(await create('/cap-3', ['application.created'])).toMatchObject({
      problem: { status: 409, code: 'webhook.limit_reached' },
    });
    expect(await client.ok(JobsRequests.listWebhooks, { principal: company })).toHaveLength(3);
  });

  it('keeps endpoints and their deliveries to the company that owns them', async () => {
    const owner = companyMember();
    const endpoint = await register(owner, '/owned', ['application.created']);
    const stranger = companyMember();
    expect(await client.problem(JobsRequests.listDeliveries, { principal: stranger, id: endpoint.id })).toMatchObject({
      status: 403,
    });
    expect(await client.problem(JobsRequests.deleteWebhook, { principal: stranger, id: endpoint.id })).toMatchObject({
      status: 403,
    });
    expect(await client.problem(JobsRequests.listWebhooks, { principal: candidate() })).toMatchObject({ status: 403 });
    expect(await client.ok(JobsRequests.deleteWebhook, { principal: owner, id: endpoint.id })).toEqual({
      deleted: true,
    });
    expect(await client.problem(JobsRequests.listDeliveries, { principal: owner, id: endpoint.id })).toMatchObject({
      status: 404,
    });
  });

  it('delivers application events signed per Standard Webhooks to a real receiver', async () => {
    const company = companyMember();
    const endpoint = await register(company, '/applications', ['application.created', 'application.status_changed']);
    const job = await postJob(company);
    const person = candidate();
    const application = await client.ok(JobsRequests.apply, { principal: person, jobId: job.id });
    await client.ok(JobsRequests.changeApplicationStatus, {
      principal: company,
      id: application.id,
      status: 'screening',
    });

    const received = await expectEventually(() => {
      expect(receiver.on('/applications')).toHaveLength(2);
      return receiver.on('/applications');
    });
    const payloads = received.map((webhook) => verified(endpoint.secret, webhook));
    expect(payloads.map((payload) => payload.type).sort()).toEqual([
      'application.created',
      'application.status_changed',
    ]);
    expect(payloads.find((payload) => payload.type === 'application.status_changed')?.data).toMatchObject({
      applicationId: application.id,
      jobId: job.id,
      candidateId: person.userId,
      previousStatus: 'applied',
      status: 'screening',
    });
    expect(received[0].headers['content-type']).toBe('application/json');

    const deliveries = await expectEventually(async () => {
      const page = await client.ok(JobsRequests.listDeliveries, { principal: company, id: endpoint.id });
      expect(page.items.map((delivery) => delivery.status)).toEqual(['succeeded', 'succeeded']);
      return page.items;
    });
    expect(deliveries.map((delivery) => delivery.id).sort()).toEqual(
      received.map((webhook) => webhook.headers['webhook-id']).sort(),
    );
    expect(deliveries[0].attempts).toEqual([
      expect.objectContaining({ statusCode: 204, succeeded: true, error: null }),
    ]);
  });

  it('tells a company when work on one of its challenges is graded, without the internals, and nobody else', async () => {
    const company = companyMember();
    const endpoint = await register(company, '/graded', ['submission.graded']);
    const uninterested = await register(company, '/not-graded', ['application.created']);
    await bus.publish(ChallengesEvents.gradeRecorded, graded(null));
    const mine = graded(company.companyId!);
    await bus.publish(ChallengesEvents.gradeRecorded, mine);
    await bus.publish(ChallengesEvents.gradeRecorded, graded(randomUUID()));

    const [webhook] = await expectEventually(() => {
      expect(receiver.on('/graded')).toHaveLength(1);
      return receiver.on('/graded');
    });
    const payload = verified(endpoint.secret, webhook);
    expect(payload).toMatchObject({
      type: 'submission.graded',
      version: 1,
      timestamp: mine.gradedAt,
      data: {
        submissionId: mine.submissionId,
        score: 84,
        grader: 'openai',
        verification: 'ai',
        issuer: { kind: 'company', companyId: company.companyId, name: 'Northwind' },
      },
    });
    // What the platform keeps to itself never reaches a company's system.
    for (const internal of ['decision', 'attempts', 'reviewer', 'reason']) {
      expect(webhook.body).not.toContain(`"${internal}"`);
    }
    expect(receiver.on('/not-graded')).toHaveLength(0);
    expect(uninterested.events).toEqual(['application.created']);
  });

  it('retries a failing receiver with backoff until it recovers, logging every attempt', async () => {
    const company = companyMember();
    receiver.responder = (path, nth) =>
      path === '/flaky' && nth <= 2 ? { status: 503, body: 'warming up, try later' } : { status: 200, body: 'ok' };
    const endpoint = await register(company, '/flaky', ['application.created']);
    const job = await postJob(company);
    await client.ok(JobsRequests.apply, { principal: candidate(), jobId: job.id });

    const first = await settledAfter(company, endpoint.id, 1);
    expect(first).toMatchObject({ status: 'pending', nextAttemptAt: expect.any(String) });
    const second = await nextAttempt(company, endpoint.id, first);
    const third = await nextAttempt(company, endpoint.id, second);

    expect(third).toMatchObject({ status: 'succeeded', attemptCount: 3 });
    expect(third.attempts.map((attempt) => [attempt.statusCode, attempt.succeeded])).toEqual([
      [503, false],
      [503, false],
      [200, true],
    ]);
    // The receiver is on loopback: its status is kept, what it said is not (it could be an internal page).
    expect(third.attempts[0]).toMatchObject({ statusCode: 503, responseExcerpt: null, error: 'HTTP 503' });
    expect(third.attempts.every((attempt) => attempt.latencyMs >= 0)).toBe(true);
    const received = receiver.on('/flaky');
    expect(new Set(received.map((webhook) => webhook.headers['webhook-id']))).toEqual(new Set([third.id]));
    // Exponential: a minute (plus jitter) after the first failure, two after the second.
    const waits = [first, second].map(
      (delivery) => Date.parse(delivery.nextAttemptAt!) - Date.parse(delivery.attempts.at(-1)!.attemptedAt),
    );
    expect(waits[0]).toBeGreaterThanOrEqual(60_000);
    expect(waits[1]).toBeGreaterThanOrEqual(120_000);
    const [endpointView] = await client.ok(JobsRequests.listWebhooks, { principal: company });
    expect(endpointView.disabledAt).toBeNull();
  });

  it('does not follow redirects', async () => {
    const company = companyMember();
    receiver.responder = (path) =>
      path === '/moved' ? { status: 302, headers: { location: receiver.url('/elsewhere') } } : { status: 204 };
    const endpoint = await register(company, '/moved', ['application.created']);
    await client.ok(JobsRequests.apply, { principal: candidate(), jobId: (await postJob(company)).id });
    const [delivery] = await expectEventually(async () => {
      const page = await client.ok(JobsRequests.listDeliveries, { principal: company, id: endpoint.id });
      expect(page.items[0]?.attempts.length).toBeGreaterThanOrEqual(1);
      return page.items;
    });
    expect(delivery.attempts[0]).toMatchObject({ statusCode: 302, succeeded: false, error: 'redirect not followed' });
    expect(receiver.on('/elsewhere')).toHaveLength(0);
    await client.ok(JobsRequests.deleteWebhook, { principal: company, id: endpoint.id });
  });

  it('replays a delivery with the same id and body', async () => {
    receiver.responder = () => ({ status: 204 });
    const company = companyMember();
    const endpoint = await register(company, '/replay', ['application.created']);
    await client.ok(JobsRequests.apply, { principal: candidate(), jobId: (await postJob(company)).id });
    const [delivery] = await expectEventually(async () => {
      const page = await client.ok(JobsRequests.listDeliveries, { principal: company, id: endpoint.id });
      expect(page.items[0]?.status).toBe('succeeded');
      return page.items;
    });

    const replayed = await client.ok(JobsRequests.retryDelivery, {
      principal: company,
      id: endpoint.id,
      deliveryId: delivery.id,
    });
    expect(replayed.status).toBe('pending');
    const received = await expectEventually(() => {
      expect(receiver.on('/replay')).toHaveLength(2);
      return receiver.on('/replay');
    });
    expect(received[1].headers['webhook-id']).toBe(delivery.id);
    expect(received[1].body).toBe(received[0].body);
    verified(endpoint.secret, received[1]);
    await expectEventually(async () => {
      const page = await client.ok(JobsRequests.listDeliveries, { principal: company, id: endpoint.id });
      expect(page.items[0]).toMatchObject({ status: 'succeeded', attemptCount: 2 });
    });
    expect(
      await client.problem(JobsRequests.retryDelivery, {
        principal: company,
        id: endpoint.id,
        deliveryId: randomUUID(),
      }),
    ).toMatchObject({ status: 404 });
  });

  it('limits manual replays per endpoint and hour', async () => {
    receiver.responder = () => ({ status: 204 });
    const company = companyMember();
    const endpoint = await register(company, '/replayed-often', ['application.created']);
    await client.ok(JobsRequests.apply, { principal: candidate(), jobId: (await postJob(company)).id });
    const delivery = await settledAfter(company, endpoint.id, 1);
    const replay = () =>
      client.call(JobsRequests.retryDelivery, { principal: company, id: endpoint.id, deliveryId: delivery.id });
    expect(await replay()).toMatchObject({ ok: true, reply: { status: 'pending' } });
    expect(await replay()).toMatchObject({ ok: true, reply: { status: 'pending' } });
    expect(await replay()).toMatchObject({ problem: { status: 429, code: 'webhook.replays_exhausted' } });
    clock.advance(60 * 60_000);
    expect(await replay()).toMatchObject({ ok: true, reply: { status: 'pending' } });
  });

  it('disables an endpoint that keeps failing and tells the company', async () => {
    const disabledEvents = bus.collect(JobsEvents.webhookDisabled);
    receiver.responder = (path) => (path === '/broken' ? { status: 500, body: 'broken' } : { status: 204 });
    const company = companyMember();
    const endpoint = await register(company, '/broken', ['application.created']);
    await client.ok(JobsRequests.apply, { principal: candidate(), jobId: (await postJob(company)).id });

    let delivery = await settledAfter(company, endpoint.id, 1);
    // Failing for five minutes (WEBHOOK_DISABLE_AFTER_MS) takes four attempts a minute, two and four apart.
    while (delivery.status === 'pending') delivery = await nextAttempt(company, endpoint.id, delivery);
    expect(delivery.status).toBe('failed');
    const [view] = await client.ok(JobsRequests.listWebhooks, { principal: company });
    expect(view.disabledAt).not.toBeNull();
    expect(view.disabledReason).toMatch(/failed/);
    await expectEventually(() =>
      expect(disabledEvents.map((event) => event.data)).toContainEqual(
        expect.objectContaining({ webhookId: endpoint.id, companyId: company.companyId }),
      ),
    );

    // Long after, new events reach the company's working endpoint and not the disabled one.
    const attemptsAtDisable = receiver.on('/broken').length;
    clock.advance(60 * 60_000);
    await register(company, '/still-working', ['application.created']);
    await client.ok(JobsRequests.apply, { principal: candidate(), jobId: (await postJob(company)).id });
    await expectEventually(() => expect(receiver.on('/still-working')).toHaveLength(1));
    expect(receiver.on('/broken')).toHaveLength(attemptsAtDisable);
    expect(
      await client.problem(JobsRequests.retryDelivery, {
        principal: company,
        id: endpoint.id,
        deliveryId: delivery.id,
      }),
    ).toMatchObject({ status: 409, code: 'webhook.disabled' });

    // Fixed on the company's side, the endpoint is enabled again and receives the next event.
    receiver.responder = () => ({ status: 204 });
    const enabled = await client.ok(JobsRequests.enableWebhook, { principal: company, id: endpoint.id });
    expect(enabled).toMatchObject({ id: endpoint.id, disabledAt: null, disabledReason: null });
    await client.ok(JobsRequests.apply, { principal: candidate(), jobId: (await postJob(company)).id });
    await expectEventually(() => expect(receiver.on('/broken')).toHaveLength(attemptsAtDisable + 1));
    expect(
      await client.problem(JobsRequests.enableWebhook, { principal: companyMember(), id: endpoint.id }),
    ).toMatchObject({ status: 403 });
  });

  it('prunes finished deliveries once they are older than the retention', async () => {
    receiver.responder = () => ({ status: 204 });
    const company = companyMember();
    const endpoint = await register(company, '/pruned', ['application.created']);
    await client.ok(JobsRequests.apply, { principal: candidate(), jobId: (await postJob(company)).id });
    await expectEventually(async () => expect((await deliveryOf(company, endpoint.id))?.status).toBe('succeeded'));
    clock.advance(31 * 24 * 60 * 60_000);
    await expectEventually(async () => expect(await deliveryOf(company, endpoint.id)).toBeUndefined());
  });
});
