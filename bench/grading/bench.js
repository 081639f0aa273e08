/**
 * Pushes submissions through grading replicas against a stub model with a fixed latency, and
 * reports throughput, efficiency against the ideal for the configured concurrency, time from
 * submission to graded, and lost and duplicated grades.
 *
 *   npm run bench:grading                (1,000 submissions, 2 replicas, concurrency 16, 100 ms)
 *   BENCH_SUBMISSIONS=200 BENCH_CONCURRENCY=8 npm run bench:grading
 *
 * Needs Postgres (127.0.0.1:5432 or TEST_DATABASE_URL) and nats-server on PATH, as the tests do.
 */
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const { connect } = require('@nats-io/transport-node');
const { jetstream, jetstreamManager } = require('@nats-io/jetstream');
const { Client } = require('pg');
const { ChallengesEvents, EVENTS_STREAM, GradingEvents, createEvent } = require('@skillproof/contracts');
const { createTestDatabase, startOpenAiStub, startTestNats } = require('@skillproof/testing');

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 1000);
const REPLICAS = Number(process.env.BENCH_REPLICAS ?? 2);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
const WORKER_MAIN = join(__dirname, '..', '..', 'services', 'grading', 'dist', 'main.js');

const criteria = [
  { key: 'diagnosis', description: 'Explains why accuracy misleads at a low base rate.', weight: 40 },
  { key: 'metric_choice', description: 'Chooses and justifies a metric for rare positives.', weight: 60 },
];

function gradeReply() {
  return JSON.stringify({
    criteria: criteria.map(({ key }) => ({ key, score: 70, feedback: 'Reasonable.' })),
    feedback: 'A reasonable answer.',
    injectionSuspected: false,
  });
}

function submission(index) {
  return {
    submissionId: crypto.randomUUID(),
    attemptId: crypto.randomUUID(),
    challengeId: '11111111-1111-4111-8111-111111111111',
    candidateId: `candidate-${index}`,
    companyId: null,
    challengeTitle: 'Fraud metric',
    brief: 'Choose a metric for a fraud model with 0.2 % positives and justify it.',
    skills: ['machine-learning'],
    rubricVersion: 1,
    criteria,
    // Distinct content: the grade cache must not make the run look faster than the model allows.
    content: `Answer ${index}: accuracy misleads at this base rate, so I would use PR-AUC.`,
    submittedAt: new Date().toISOString(),
    round: 1,
  };
}

function startReplica(env) {
  const child = spawn(process.execPath, [WORKER_MAIN], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') console.error(`grading replica exited (${code ?? signal})`);
  });
  return child;
}

/** Each replica keeps pull requests waiting on the shared consumer once it is ready for work. */
async function waitForPullers(manager, count) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const info = await manager.consumers.info(EVENTS_STREAM, 'grading-grader').catch(() => undefined);
    if (info && info.num_waiting >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${info?.num_waiting ?? 0} of ${count} replicas are pulling`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const [database, nats] = await Promise.all([createTestDatabase('bench_grading'), startTestNats()]);
  const stub = await startOpenAiStub({ respond: gradeReply, latencyMs: LATENCY_MS });
  const connection = await connect({ servers: nats.url });
  const replicas = [];
  try {
    const env = {
      DATABASE_URL: database.url,
      NATS_URL: nats.url,
      PORT: '0',
      LOG_LEVEL: 'error',
      OPENAI_API_KEY: 'sk-bench',
      OPENAI_BASE_URL: stub.baseUrl,
      GRADING_CONCURRENCY: String(CONCURRENCY),
    };
    const manager = await jetstreamManager(connection);
    // One after the other: the first creates and migrates the database.
    for (let index = 0; index < REPLICAS; index += 1) {
      replicas.push(startReplica(env));
      await waitForPullers(manager, index + 1);
    }

    const submittedAt = new Map();
    const gradedAt = new Map();
    const deliveries = new Map();
    connection.subscribe(GradingEvents.submissionGraded.subject, {
      callback: (_error, message) => {
        const { submissionId } = message.json().data;
        deliveries.set(submissionId, (deliveries.get(submissionId) ?? 0) + 1);
        if (!gradedAt.has(submissionId)) gradedAt.set(submissionId, performance.now());
      },
    });

    const js = jetstream(connection);
    const started = performance.now();
    const submissions = Array.from({ length: SUBMISSIONS }, (_, index) => submission(index));
    await Promise.all(
      submissions.map((data) => {
        const event = createEvent(ChallengesEvents.submissionCreated, { source: 'skillproof/bench', data });
        submittedAt.set(data.submissionId, performance.now());
        return js.publish(ChallengesEvents.submissionCreated.subject, JSON.stringify(event), { msgID: event.id });
      }),
    );

    const deadline = Date.now() + Math.max(60_000, ((SUBMISSIONS * LATENCY_MS) / (REPLICAS * CONCURRENCY)) * 10);
    while (gradedAt.size < SUBMISSIONS && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const finished = Math.max(...gradedAt.values());
    // Give a duplicate the chance to appear before it is counted.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const db = new Client({ connectionString: database.url });
    await db.connect();
    const { rows } = await db.query(
      `SELECT count(*)::int AS results, count(DISTINCT submission_id)::int AS submissions FROM grading_results`,
    );
    await db.end();

    const seconds = (finished - started) / 1000;
    const throughput = gradedAt.size / seconds;
    const ideal = (REPLICAS * CONCURRENCY * 1000) / LATENCY_MS;
    const latencies = [...gradedAt.entries()].map(([id, at]) => at - submittedAt.get(id)).sort((a, b) => a - b);
    const duplicated =
      [...deliveries.values()].reduce((sum, count) => sum + count - 1, 0) + (rows[0].results - rows[0].submissions);
    console.log(
      [
        `grading bench: ${SUBMISSIONS} submissions, ${REPLICAS} replicas x concurrency ${CONCURRENCY}, stub latency ${LATENCY_MS} ms`,
        `  graded in       ${seconds.toFixed(2)} s`,
        `  throughput      ${throughput.toFixed(1)} gradings/s (ideal ${ideal.toFixed(0)}/s)`,
        `  efficiency      ${((100 * throughput) / ideal).toFixed(1)} % of ideal`,
        `  submit->graded  p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`,
        `  model calls     ${stub.requests.length}`,
        `  lost            ${SUBMISSIONS - gradedAt.size}`,
        `  duplicated      ${duplicated}`,
      ].join('\n'),
    );
    if (gradedAt.size < SUBMISSIONS || duplicated > 0) process.exitCode = 1;
  } finally {
    for (const replica of replicas) replica.kill('SIGTERM');
    await Promise.all(
      replicas.map(
        (replica) => new Promise((resolve) => (replica.exitCode !== null ? resolve() : replica.once('exit', resolve))),
      ),
    );
    await connection.close();
    await stub.close();
    await nats.dispose();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
