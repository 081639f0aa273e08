import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { Client } from 'pg';
import { GradingEvents, isEventEnvelope, type SubmissionGradedData } from '@skillproof/contracts';
import {
  createTestDatabase,
  expectEventually,
  gradeReply,
  startApp,
  startOpenAiStub,
  startTestNats,
  type OpenAiStub,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { GRADING_SERVICE } from '../src/app.definition';
import { publishSubmissions, submissionData, waitForGraderConsumer } from './submission-events.util';

const BATCH = 24;
const WORKER_MAIN = join(__dirname, '..', 'dist', 'main.js');

describe('a grading worker killed mid-batch', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let stub: OpenAiStub;
  let connection: NatsConnection;
  let worker: ChildProcess | undefined;
  let survivor: NestFastifyApplication | undefined;

  const env = (): Record<string, string> & { DATABASE_URL: string; NATS_URL: string } => ({
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    PORT: '0',
    LOG_LEVEL: 'error',
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: stub.baseUrl,
    OPENAI_TIMEOUT_MS: '5000',
    GRADING_CONCURRENCY: '8',
    // Short, so that the dead worker's deliveries move to the survivor within the test.
    GRADING_ACK_WAIT_MS: '2000',
  });

  beforeAll(async () => {
    if (!existsSync(WORKER_MAIN)) throw new Error(`Build first (npm run build): ${WORKER_MAIN} is missing`);
    [database, nats] = await Promise.all([createTestDatabase('grading_crash'), startTestNats()]);
    stub = await startOpenAiStub({ respond: (request) => gradeReply(request, 75), latencyMs: 400 });
    connection = await connect({ servers: nats.url });
  });

  afterAll(async () => {
    worker?.kill('SIGKILL');
    await survivor?.close();
    await connection?.close();
    await stub?.close();
    await nats?.dispose();
    await database?.drop();
  });

  it('loses nothing and grades nothing twice', async () => {
    const graded = new Map<string, number>();
    connection.subscribe(GradingEvents.submissionGraded.subject, {
      callback: (_error, message) => {
        const envelope: unknown = message.json();
        if (!isEventEnvelope(envelope)) return;
        const { submissionId } = envelope.data as SubmissionGradedData;
        graded.set(submissionId, (graded.get(submissionId) ?? 0) + 1);
      },
    });

    worker = spawn(process.execPath, [WORKER_MAIN], { env: { ...process.env, ...env() }, stdio: 'ignore' });
    await waitForGraderConsumer(connection);
    const submissions = Array.from({ length: BATCH }, (_, index) => submissionData(`Answer number ${index}.`));
    await publishSubmissions(connection, submissions);

    await expectEventually(() => expect(stub.requests.length).toBeGreaterThanOrEqual(8), 10_000);
    worker.kill('SIGKILL');
    const requestsBeforeCrash = stub.requests.length;

    survivor = await startApp(GRADING_SERVICE, env());
    // An event the dead worker took in but had not yet acknowledged comes back after the intake's
    // 30 s acknowledgement wait; its leased gradings come back after GRADING_ACK_WAIT_MS.
    await expectEventually(() => expect(graded.size).toBe(BATCH), 75_000, 100);

    // A moment for any late duplicate to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect([...graded.values()].every((count) => count === 1)).toBe(true);
    expect(new Set(graded.keys())).toEqual(new Set(submissions.map((submission) => submission.submissionId)));
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const rows = await db.query(`SELECT submission_id, count(*)::int AS n FROM grading_results GROUP BY submission_id`);
    await db.end();
    expect(rows.rows).toHaveLength(BATCH);
    expect(rows.rows.every((row: { n: number }) => row.n === 1)).toBe(true);
    // The killed worker's in-flight gradings were redone by the survivor: more calls than submissions.
    expect(requestsBeforeCrash).toBeGreaterThan(0);
    expect(stub.requests.length).toBeGreaterThan(BATCH);
  }, 120_000);
});
