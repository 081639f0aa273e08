import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JobsRequests, type DeliveryView } from '@skillproof/contracts';
import {
  candidate,
  companyMember,
  createTestDatabase,
  expectEventually,
  ServiceCaller,
  startApp,
  startTestNats,
  TestClock,
  WebhookReceiver,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { JOBS_SERVICE } from '../src/app.definition';

describe('webhook deliveries across a restart of the jobs service', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let jobs: NestFastifyApplication | undefined;
  let client: ServiceCaller;
  let receiver: WebhookReceiver;
  const company = companyMember();
  const clock = new TestClock();

  // Retries a minute apart on a clock the test moves: nothing is retried until it does.
  const start = (env: Record<string, string> = {}) =>
    startApp(
      JOBS_SERVICE,
      {
        DATABASE_URL: database.url,
        NATS_URL: nats.url,
        WEBHOOK_RETRY_BASE_MS: '60000',
        WEBHOOK_RETRY_MAX_DELAY_MS: '240000',
        WEBHOOK_RETRY_WINDOW_MS: '3600000',
        ...env,
      },
      { clock },
    );

  /** Moves the clock past the delivery's next attempt, and past its jitter for deliveries made with it. */
  const untilDue = (delivery: DeliveryView): void =>
    clock.advance(Date.parse(delivery.nextAttemptAt!) - clock.now().getTime() + 20_000);

  beforeAll(async () => {
    [database, nats, receiver] = await Promise.all([
      createTestDatabase('jobs_restart'),
      startTestNats(),
      WebhookReceiver.start(),
    ]);
    jobs = await start();
    client = await ServiceCaller.connect(nats.url);
  });

  afterAll(async () => {
    await client?.close();
    await jobs?.close();
    await receiver?.close();
    await nats?.dispose();
    await database?.drop();
  });

  async function deliveriesOf(endpointId: string): Promise<DeliveryView[]> {
    return (await client.ok(JobsRequests.listDeliveries, { principal: company, id: endpointId })).items;
  }

  async function applyToNewJob(): Promise<void> {
    const job = await client.ok(JobsRequests.createJob, {
      principal: company,
      title: 'Search relevance engineer',
      description: 'Tune retrieval and ranking for job search.',
      location: 'Remote',
      remote: true,
      companyName: 'Relevance Labs',
      skills: [{ skill: 'machine-learning', minScore: 50 }],
    });
    await client.ok(JobsRequests.apply, { principal: candidate(), jobId: job.id });
  }

  it('finishes a delivery after the service restarts mid-retry', async () => {
    let up = false;
    receiver.responder = () => (up ? { status: 200 } : { status: 503 });
    const endpoint = await client.ok(JobsRequests.createWebhook, {
      principal: company,
      url: receiver.url('/restart'),
      events: ['application.created'],
    });
    await applyToNewJob();
    const failed = await expectEventually(async () => {
      const [delivery] = await deliveriesOf(endpoint.id);
      expect(delivery).toMatchObject({ status: 'pending', attemptCount: 1, attempts: [expect.anything()] });
      return delivery;
    });

    await jobs!.close();
    jobs = undefined;
    up = true;
    jobs = await start();
    untilDue(failed);

    const [delivery] = await expectEventually(async () => {
      const listed = await deliveriesOf(endpoint.id);
      expect(listed[0].status).toBe('succeeded');
      return listed;
    });
    expect(delivery.attempts.map((attempt) => attempt.statusCode)).toEqual([503, 200]);
    const received = receiver.on('/restart');
    expect(received).toHaveLength(2);
    expect(new Set(received.map((webhook) => webhook.headers['webhook-id']))).toEqual(new Set([delivery.id]));
  });

  it('refuses loopback targets at registration and at delivery when private targets are not allowed', async () => {
    receiver.responder = () => ({ status: 503 });
    const endpoint = await client.ok(JobsRequests.createWebhook, {
      principal: company,
      url: receiver.url('/private'),
      events: ['application.created'],
    });
    // A name is judged by the address the connection resolves it to, not by an earlier lookup.
    const named = await client.ok(JobsRequests.createWebhook, {
      principal: company,
      url: receiver.url('/named').replace('127.0.0.1', 'localhost'),
      events: ['application.created'],
    });
    await applyToNewJob();
    const failed = await expectEventually(async () => {
      const [delivery] = await deliveriesOf(endpoint.id);
      expect(delivery).toMatchObject({ attemptCount: 1, attempts: [expect.anything()] });
      return delivery;
    });
    await expectEventually(async () => expect((await deliveriesOf(named.id))[0].attemptCount).toBe(1));

    await jobs!.close();
    jobs = undefined;
    receiver.responder = () => ({ status: 200 });
    jobs = await start({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' });
    untilDue(failed);

    for (const url of [receiver.url('/again'), 'http://localhost:8080/hook', 'http://10.0.0.8/hook']) {
      const refused = await client.problem(JobsRequests.createWebhook, {
        principal: company,
        url,
        events: ['application.created'],
      });
      expect(refused).toMatchObject({ status: 422, code: 'webhook.target_refused' });
    }
    const [delivery] = await expectEventually(async () => {
      const listed = await deliveriesOf(endpoint.id);
      expect(listed[0].attemptCount).toBe(2);
      return listed;
    });
    expect(delivery.attempts[1]).toMatchObject({
      statusCode: null,
      succeeded: false,
      error: expect.stringMatching(/target refused/),
    });
    expect(receiver.on('/private')).toHaveLength(1);
    const [namedDelivery] = await expectEventually(async () => {
      const listed = await deliveriesOf(named.id);
      expect(listed[0].attemptCount).toBe(2);
      return listed;
    });
    expect(namedDelivery.attempts[1]).toMatchObject({
      statusCode: null,
      error: expect.stringMatching(/target refused/),
    });
    expect(receiver.on('/named')).toHaveLength(1);
  });
});
