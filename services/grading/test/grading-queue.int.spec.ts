import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { Client } from 'pg';
import {
  ChallengesEvents,
  createEvent,
  GradingEvents,
  isEventEnvelope,
  type SubmissionGradedData,
} from '@skillproof/contracts';
import {
  createTestDatabase,
  expectEventually,
  gradeReply,
  startApp,
  startOpenAiStub,
  startTestNats,
  type OpenAiStub,
  type StubChatRequest,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { GRADING_SERVICE } from '../src/app.definition';
import { publishSubmissions, submissionData } from './submission-events.util';

const COMPANY_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const COMPANY_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

describe('the grading queue', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let stub: OpenAiStub;
  let connection: NatsConnection;
  let db: Client;
  let app: NestFastifyApplication | undefined;
  /** Submission ids in the order their graded events arrived. */
  const graded: string[] = [];
  /** Answers the stub is holding back; a test releases them when it has looked. */
  let held: Array<() => void> = [];
  let holding = false;

  const env = (concurrency: number): Record<string, string> & { DATABASE_URL: string; NATS_URL: string } => ({
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    PORT: '0',
    LOG_LEVEL: 'error',
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: stub.baseUrl,
    OPENAI_TIMEOUT_MS: '60000',
    GRADING_CONCURRENCY: String(concurrency),
    GRADING_DB_POOL_SIZE: '6',
  });

  const answer = (request: StubChatRequest): string | Promise<string> =>
    holding ? new Promise((resolve) => held.push(() => resolve(gradeReply(request, 70)))) : gradeReply(request, 70);

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('grading_queue'), startTestNats()]);
    stub = await startOpenAiStub({ respond: answer, latencyMs: 50 });
    connection = await connect({ servers: nats.url });
    connection.subscribe(GradingEvents.submissionGraded.subject, {
      callback: (_error, message) => {
        const envelope: unknown = message.json();
        if (isEventEnvelope(envelope)) graded.push((envelope.data as SubmissionGradedData).submissionId);
      },
    });
    db = new Client({ connectionString: database.url });
    await db.connect();
  });

  afterEach(async () => {
    holding = false;
    for (const release of held) release();
    held = [];
    await app?.close();
    app = undefined;
  });

  afterAll(async () => {
    await db?.end();
    await connection?.close();
    await stub?.close();
    await nats?.dispose();
    await database?.drop();
  });

  async function serverConnections(): Promise<{ total: number; inTransaction: number }> {
    const { rows } = await db.query<{ total: number; in_transaction: number }>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE state LIKE 'idle in transaction%')::int AS in_transaction
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return { total: rows[0].total, inTransaction: rows[0].in_transaction };
  }

  it('holds no database connection while the model thinks, whatever the concurrency', async () => {
    app = await startApp(GRADING_SERVICE, env(40));
    holding = true;
    const submissions = Array.from({ length: 40 }, (_, index) => submissionData(`Concurrent answer ${index}.`));
    await publishSubmissions(connection, submissions);

    // All forty gradings wait on the model at once ...
    await expectEventually(() => expect(held).toHaveLength(40), 30_000);
    const whileWaiting = await serverConnections();
    // ... on a pool of six plus two listening connections (the outbox's, the queue's), none inside a transaction.
    expect(whileWaiting.total).toBeLessThanOrEqual(6 + 2);
    expect(whileWaiting.inTransaction).toBe(0);

    holding = false;
    for (const release of held) release();
    held = [];
    const ids = submissions.map((submission) => submission.submissionId);
    await expectEventually(() => expect(ids.every((id) => graded.includes(id))).toBe(true), 30_000, 100);
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM grading_results WHERE submission_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(rows[0].n).toBe(40);
    const { rows: open } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM grading_jobs`);
    expect(open[0].n).toBe(0);
  });

  it("grades another company's lone submission ahead of one company's backlog", async () => {
    const backlog = Array.from({ length: 30 }, (_, index) => ({
      ...submissionData(`Backlog answer ${index}.`),
      companyId: COMPANY_A,
    }));
    const lone = { ...submissionData('The lone answer.'), companyId: COMPANY_B };
    const before = graded.length;
    // The model holds the first two, so the whole backlog is in line when the lone one arrives.
    holding = true;
    app = await startApp(GRADING_SERVICE, env(2));
    await publishSubmissions(connection, [...backlog, lone]);
    await expectEventually(async () => {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM grading_jobs`);
      expect(rows[0].n).toBe(31);
    }, 30_000);
    holding = false;
    for (const release of held) release();
    held = [];

    await expectEventually(() => expect(graded.slice(before)).toContain(lone.submissionId), 60_000, 100);
    // In arrival order it would be 31st; fair queuing puts it right behind the backlog's head.
    expect(graded.slice(before).indexOf(lone.submissionId)).toBeLessThan(4);
    const backlogIds = backlog.map((submission) => submission.submissionId);
    await expectEventually(() => expect(backlogIds.every((id) => graded.includes(id))).toBe(true), 60_000, 100);
  });

  it('asks the model once for the same answer to the same rubric, however many gradings look it up together', async () => {
    app = await startApp(GRADING_SERVICE, env(4));
    const first = submissionData('An answer written twice: PR-AUC, because accuracy hides the rare class.');
    await publishSubmissions(connection, [first]);
    await expectEventually(() => expect(graded).toContain(first.submissionId), 30_000, 100);
    const asked = stub.requests.length;

    const again = Array.from({ length: 3 }, () => submissionData(first.content));
    await publishSubmissions(connection, again);
    const ids = again.map((submission) => submission.submissionId);
    await expectEventually(() => expect(ids.every((id) => graded.includes(id))).toBe(true), 30_000, 100);
    expect(stub.requests.length).toBe(asked);
    const { rows } = await db.query<{ cached: boolean }>(
      `SELECT cached FROM grading_results WHERE submission_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(rows).toEqual(ids.map(() => ({ cached: true })));
  });

  it('reuses a cached grade for a job queued before jobs carried their cache key', async () => {
    app = await startApp(GRADING_SERVICE, env(4));
    const first = submissionData('An answer graded before an upgrade: recall at a fixed precision.');
    await publishSubmissions(connection, [first]);
    await expectEventually(() => expect(graded).toContain(first.submissionId), 30_000, 100);
    await app.close();
    app = undefined;
    const asked = stub.requests.length;

    // Queued as the previous version queued it: no cache key on the row.
    const again = submissionData(first.content);
    const event = createEvent(ChallengesEvents.submissionCreated, { source: 'skillproof/test', data: again });
    await db.query(
      `INSERT INTO grading_jobs (submission_id, round, priority, fair_key, fair_seq, event, inbox_consumer, state,
                                 available_at, enqueued_at)
       VALUES ($1, 1, 0, 'platform', 0, $2, 'grading-grader', 'queued', now(), now())`,
      [again.submissionId, JSON.stringify(event)],
    );
    app = await startApp(GRADING_SERVICE, env(4));

    await expectEventually(() => expect(graded).toContain(again.submissionId), 30_000, 100);
    expect(stub.requests.length).toBe(asked);
    const { rows } = await db.query<{ cached: boolean }>(
      `SELECT cached FROM grading_results WHERE submission_id = $1`,
      [again.submissionId],
    );
    expect(rows).toEqual([{ cached: true }]);
  });

  it("starts a company's lone submission at once, beyond the concurrency, while another company's backlog fills every slot", async () => {
    app = await startApp(GRADING_SERVICE, env(2));
    holding = true;
    const backlog = Array.from({ length: 6 }, (_, index) => ({
      ...submissionData(`Full slots answer ${index}.`),
      companyId: COMPANY_A,
    }));
    await publishSubmissions(connection, backlog);
    await expectEventually(() => expect(held).toHaveLength(2), 30_000);

    const lone = { ...submissionData('The lone answer while every slot is busy.'), companyId: COMPANY_B };
    await publishSubmissions(connection, [lone]);
    // The model is asked about it while both of the backlog's gradings are still held.
    await expectEventually(() => expect(held).toHaveLength(3), 30_000);
    expect(JSON.stringify(stub.requests.at(-1)?.messages)).toContain(lone.content);

    holding = false;
    for (const release of held) release();
    held = [];
    const ids = [...backlog, lone].map((submission) => submission.submissionId);
    await expectEventually(() => expect(ids.every((id) => graded.includes(id))).toBe(true), 30_000, 100);
  });

  it('keeps to GRADING_CONCURRENCY when GRADING_LONE_SLOTS is 0: the lone submission waits for a slot', async () => {
    app = await startApp(GRADING_SERVICE, { ...env(2), GRADING_LONE_SLOTS: '0' });
    holding = true;
    const backlog = Array.from({ length: 2 }, (_, index) => ({
      ...submissionData(`Hard ceiling answer ${index}.`),
      companyId: COMPANY_A,
    }));
    await publishSubmissions(connection, backlog);
    await expectEventually(() => expect(held).toHaveLength(2), 30_000);

    const lone = { ...submissionData('The lone answer under a hard ceiling.'), companyId: COMPANY_B };
    await publishSubmissions(connection, [lone]);
    await expectEventually(async () => {
      const { rows } = await db.query<{ state: string }>(`SELECT state FROM grading_jobs WHERE submission_id = $1`, [
        lone.submissionId,
      ]);
      expect(rows).toEqual([{ state: 'queued' }]);
    }, 30_000);
    // Its intake's notification woke the workers and several polls have passed: with lone slots it
    // would have been claimed at once, as the test above shows.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(held).toHaveLength(2);

    holding = false;
    for (const release of held) release();
    held = [];
    await expectEventually(() => expect(graded).toContain(lone.submissionId), 30_000, 100);
  });
});
