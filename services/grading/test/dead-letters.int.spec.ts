import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
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
import { publishSubmissions, submissionData } from './submission-events.util';

const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'deadletters.js');
const run = promisify(execFile);

describe('dead-lettered gradings', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let stub: OpenAiStub;
  let connection: NatsConnection;
  let db: Client;
  let app: NestFastifyApplication;
  const graded = new Set<string>();

  const deadletters = async (...args: string[]): Promise<string> =>
    (await run(process.execPath, [SCRIPT, ...args], { env: { ...process.env, NATS_URL: nats.url } })).stdout;

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('grading_dead'), startTestNats()]);
    stub = await startOpenAiStub({ respond: (request) => gradeReply(request, 55) });
    connection = await connect({ servers: nats.url });
    connection.subscribe(GradingEvents.submissionGraded.subject, {
      callback: (_error, message) => {
        const envelope: unknown = message.json();
        if (isEventEnvelope(envelope)) graded.add((envelope.data as SubmissionGradedData).submissionId);
      },
    });
    app = await startApp(GRADING_SERVICE, {
      DATABASE_URL: database.url,
      NATS_URL: nats.url,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: stub.baseUrl,
      GRADING_MAX_DELIVER: '2',
      GRADING_RETRY_BASE_MS: '50',
    });
    db = new Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
    await connection?.close();
    await stub?.close();
    await nats?.dispose();
    await database?.drop();
  });

  it('lists a grading that kept failing on our side and grades it once redriven', async () => {
    const poisoned = submissionData('An answer the database refuses to store for now.');
    const healthy = submissionData('An ordinary answer.');
    // A real refusal by PostgreSQL, the kind of error of our own that is retried and then given up.
    await db.query(`CREATE FUNCTION refuse_grade() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'grades are refused for %', NEW.submission_id; END $$`);
    await db.query(`CREATE TRIGGER refuse_grade BEFORE INSERT ON grading_results
      FOR EACH ROW WHEN (NEW.submission_id = '${poisoned.submissionId}') EXECUTE FUNCTION refuse_grade()`);
    await publishSubmissions(connection, [poisoned, healthy]);

    await expectEventually(() => expect(graded.has(healthy.submissionId)).toBe(true), 30_000);
    await expectEventually(async () => expect(await deadletters('list')).toContain(poisoned.submissionId), 60_000, 500);
    const { rows } = await db.query(`SELECT 1 FROM grading_jobs WHERE submission_id = $1`, [poisoned.submissionId]);
    expect(rows).toEqual([]);
    expect(graded.has(poisoned.submissionId)).toBe(false);

    await db.query(`DROP TRIGGER refuse_grade ON grading_results`);
    const redriven = await deadletters('redrive', '--consumer', 'grading-grader');
    expect(redriven).toContain('1 redriven');
    await expectEventually(() => expect(graded.has(poisoned.submissionId)).toBe(true), 30_000);
    expect(await deadletters('list')).toContain('0 dead letters');
  });
});
