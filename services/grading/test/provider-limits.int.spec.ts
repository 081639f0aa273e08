import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { GradingEvents, isEventEnvelope, type SubmissionGradedData } from '@skillproof/contracts';
import {
  createTestDatabase,
  expectEventually,
  gradeReply,
  startApp,
  startOpenAiStub,
  startTestNats,
  TestClock,
  type OpenAiStub,
  type StubBehaviour,
  type StubChatRequest,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { GRADING_SERVICE } from '../src/app.definition';
import { publishSubmissions, submissionData } from './submission-events.util';

describe('provider limits shared by grading replicas', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let stub: OpenAiStub;
  let connection: NatsConnection;
  const apps: NestFastifyApplication[] = [];
  const graded = new Set<string>();
  const failed = new Set<string>();
  /** When each request reached the stub, and which one was turned away. */
  const arrivals: number[] = [];
  let limitedAt: number | undefined;
  let limitNext = false;
  /** Answers still to turn away with a short retry-after. */
  let limitCount = 0;

  const env = (extra: Record<string, string> = {}): Record<string, string> & { NATS_URL: string } => ({
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: stub.baseUrl,
    GRADING_CONCURRENCY: '4',
    ...extra,
  });

  const respond = (request: StubChatRequest): StubBehaviour | string => {
    arrivals.push(Date.now());
    if (limitCount > 0) {
      limitCount -= 1;
      return { kind: 'error', status: 429, headers: { 'retry-after-ms': '200' }, message: 'Rate limit reached' };
    }
    if (limitNext) {
      limitNext = false;
      limitedAt = Date.now();
      return { kind: 'error', status: 429, headers: { 'retry-after': '6' }, message: 'Rate limit reached' };
    }
    return gradeReply(request, 65);
  };

  beforeEach(async () => {
    [database, nats] = await Promise.all([createTestDatabase('grading_limits'), startTestNats()]);
    stub = await startOpenAiStub({ respond, latencyMs: 100 });
    connection = await connect({ servers: nats.url });
    for (const [subject, seen] of [
      [GradingEvents.submissionGraded.subject, graded],
      [GradingEvents.submissionFailed.subject, failed],
    ] as const) {
      connection.subscribe(subject, {
        callback: (_error, message) => {
          const envelope: unknown = message.json();
          if (isEventEnvelope(envelope)) seen.add((envelope.data as SubmissionGradedData).submissionId);
        },
      });
    }
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    await connection?.close();
    await stub?.close();
    await nats?.dispose();
    await database?.drop();
    graded.clear();
    failed.clear();
    arrivals.length = 0;
    limitedAt = undefined;
    limitCount = 0;
  });

  it('pauses every replica when one of them is told 429 with retry-after', async () => {
    apps.push(await startApp(GRADING_SERVICE, env()));
    apps.push(await startApp(GRADING_SERVICE, env()));
    const first = Array.from({ length: 4 }, (_, index) => submissionData(`Warm-up answer ${index}.`));
    await publishSubmissions(connection, first);
    await expectEventually(() => expect(graded.size).toBe(4), 30_000);

    limitNext = true;
    const submissions = Array.from({ length: 16 }, (_, index) => submissionData(`Limited answer ${index}.`));
    await publishSubmissions(connection, submissions);
    await expectEventually(() => expect(graded.size).toBe(20), 60_000, 100);

    expect(failed.size).toBe(0);
    const at = limitedAt ?? Number.NaN;
    // Calls already on their way (on a busy machine, for a while) may land after the 429; none
    // starts while the six-second pause lasts.
    const duringPause = arrivals.filter((arrival) => arrival > at + 1_500 && arrival < at + 5_000);
    expect(duringPause).toEqual([]);
    expect(arrivals.filter((arrival) => arrival >= at + 5_000).length).toBeGreaterThan(0);

    const metrics = (await apps[0].getHttpAdapter().getInstance().inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/skillproof_provider_rate_limited_total\{[^}]*model="gpt-4o-mini"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/skillproof_provider_tokens_total\{[^}]*kind="prompt"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/skillproof_provider_request_duration_seconds_count\{[^}]*status="429"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/skillproof_consumer_pending_events\{consumer="grading-grader",kind="waiting"[^}]*\} 0/);
    expect(metrics).toMatch(/skillproof_gradings_in_flight(\{[^}]*\})? 0/);
    expect(metrics).toMatch(/skillproof_gradings_total\{outcome="graded"[^}]*\} [1-9]/);
  });

  it('waits out repeated 429s instead of failing the submission, with no SDK retries left', async () => {
    apps.push(await startApp(GRADING_SERVICE, env({ OPENAI_MAX_RETRIES: '0' })));
    limitCount = 6;
    const submissions = Array.from({ length: 2 }, (_, index) => submissionData(`Patient answer ${index}.`));
    await publishSubmissions(connection, submissions);

    await expectEventually(() => expect(graded.size).toBe(2), 30_000);
    expect(failed.size).toBe(0);
    expect(limitCount).toBe(0);
  });

  it('keeps every replica within the requests per minute, slowing grading instead of failing it', async () => {
    const clock = new TestClock();
    const limits = { OPENAI_REQUESTS_PER_MINUTE: '3' };
    apps.push(await startApp(GRADING_SERVICE, env(limits), { clock }));
    apps.push(await startApp(GRADING_SERVICE, env(limits), { clock }));
    const submissions = Array.from({ length: 5 }, (_, index) => submissionData(`Budgeted answer ${index}.`));
    await publishSubmissions(connection, submissions);

    await expectEventually(() => expect(graded.size).toBe(3), 30_000);
    // Eight slots were free, yet the two replicas together asked three times this minute.
    expect(stub.requests).toHaveLength(3);

    clock.advance(60_000);
    await expectEventually(() => expect(graded.size).toBe(5), 30_000);
    expect(stub.requests).toHaveLength(5);
    expect(failed.size).toBe(0);
  });
});
