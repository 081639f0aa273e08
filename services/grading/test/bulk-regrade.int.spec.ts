import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstream } from '@nats-io/jetstream';
import { Client } from 'pg';
import {
  ChallengesEvents,
  createEvent,
  GradingEvents,
  GradingRequests,
  isEventEnvelope,
  type BulkRegradeRequestedData,
  type SubmissionGradedData,
} from '@skillproof/contracts';
import { RequestClient } from '@skillproof/platform';
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

const PAST = 8;

describe('a bulk re-grade', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let stub: OpenAiStub;
  let connection: NatsConnection;
  let db: Client;
  let app: NestFastifyApplication;
  /** `submission:round` in the order the graded events arrived. */
  const graded: string[] = [];
  let held: Array<() => void> = [];
  let holding = false;

  const answer = (request: StubChatRequest): string | Promise<string> =>
    holding ? new Promise((resolve) => held.push(() => resolve(gradeReply(request, 60)))) : gradeReply(request, 80);

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('grading_bulk'), startTestNats()]);
    stub = await startOpenAiStub({ respond: answer });
    connection = await connect({ servers: nats.url });
    connection.subscribe(GradingEvents.submissionGraded.subject, {
      callback: (_error, message) => {
        const envelope: unknown = message.json();
        if (!isEventEnvelope(envelope)) return;
        const data = envelope.data as SubmissionGradedData;
        graded.push(`${data.submissionId}:${data.round ?? 1}`);
      },
    });
    app = await startApp(GRADING_SERVICE, {
      DATABASE_URL: database.url,
      NATS_URL: nats.url,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: stub.baseUrl,
      GRADING_CONCURRENCY: '1',
    });
    db = new Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    holding = false;
    for (const release of held) release();
    await db?.end();
    await app?.close();
    await connection?.close();
    await stub?.close();
    await nats?.dispose();
    await database?.drop();
  });

  it('grades past submissions again after every interactive grading, keeping both grades, with progress', async () => {
    const past = Array.from({ length: PAST }, (_, index) => submissionData(`A past answer ${index}.`));
    await publishSubmissions(connection, past);
    await expectEventually(() => expect(graded).toHaveLength(PAST), 30_000);

    // The rubric changed: every past submission is graded again as round 2, in bulk.
    const regradeId = randomUUID();
    holding = true;
    const js = jetstream(connection);
    for (const submission of past) {
      const data: BulkRegradeRequestedData = {
        ...submission,
        rubricVersion: 2,
        round: 2,
        regradeId,
        regradeTotal: PAST,
      };
      const event = createEvent(ChallengesEvents.bulkRegradeRequested, { source: 'skillproof/test', data });
      await js.publish(ChallengesEvents.bulkRegradeRequested.subject, JSON.stringify(event), { msgID: event.id });
    }
    await expectEventually(async () => {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM grading_jobs`);
      expect(rows[0].n).toBe(PAST);
    }, 30_000);

    // A candidate submits while the bulk re-grade holds the only slot.
    const interactive = submissionData('A fresh answer from a candidate.');
    await publishSubmissions(connection, [interactive]);
    await expectEventually(async () => {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM grading_jobs`);
      expect(rows[0].n).toBe(PAST + 1);
    }, 30_000);
    holding = false;
    for (const release of held) release();
    held = [];

    await expectEventually(() => expect(graded).toHaveLength(2 * PAST + 1), 60_000, 100);
    const afterRegrade = graded.slice(PAST);
    // Only the bulk grading already in flight finishes before the candidate's.
    expect(afterRegrade.indexOf(`${interactive.submissionId}:1`)).toBeLessThanOrEqual(1);

    const { rows: history } = await db.query<{ rounds: number[] }>(
      `SELECT array_agg(round ORDER BY round) AS rounds FROM grading_results
        WHERE submission_id = ANY($1::uuid[]) GROUP BY submission_id`,
      [past.map((submission) => submission.submissionId)],
    );
    expect(history).toHaveLength(PAST);
    expect(history.every((row) => row.rounds.join() === '1,2')).toBe(true);

    const requests = new RequestClient(connection, 5_000);
    expect(await requests.request(GradingRequests.regradeProgress, { regradeId })).toEqual({
      regradeId,
      total: PAST,
      graded: PAST,
      failed: 0,
      waiting: 0,
    });
    await expect(requests.request(GradingRequests.regradeProgress, { regradeId: randomUUID() })).rejects.toMatchObject({
      status: 404,
    });
    await expect(requests.request(GradingRequests.regradeProgress, { regradeId: 'nope' })).rejects.toMatchObject({
      status: 400,
    });
  });
});
