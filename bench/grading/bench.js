/**
 * Pushes submissions through grading replicas against a stub model with a fixed latency (in a
 * process of its own, model-stub.js), and reports throughput, efficiency against the ideal for the
 * configured concurrency, time from submission to graded, the peak of database connections
 * (pg_stat_activity) and of replica memory, and fails on any lost or duplicated grade or any
 * connection PostgreSQL refused. It also prints where the time went: when the submissions were
 * published, taken in (inbox), announced as started, at the model, recorded, put in the outbox,
 * relayed and seen, so serial steps show as gaps.
 *
 *   npm run bench:grading                (1,000 submissions, 2 replicas, concurrency 16, 100 ms)
 *   BENCH_SUBMISSIONS=200 BENCH_CONCURRENCY=8 npm run bench:grading
 *   BENCH_LATENCY_MS=2000 BENCH_REPLICAS=2 BENCH_CONCURRENCY=100 BENCH_SUBMISSIONS=1000 npm run bench:grading
 *   BENCH_FAIRNESS=1 ...                 (one company's backlog first, then another company's
 *                                         lone submission: how long that one waits)
 *   BENCH_TRACE_FILE=trace.json ...      (also writes every submission's step times, ms since the
 *                                         epoch, for a closer look at the waves than the summary gives)
 *
 * Needs Postgres (127.0.0.1:5432 or TEST_DATABASE_URL) and nats-server on PATH, as the tests do.
 */
const { fork, spawn } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');
const { loadavg } = require('node:os');
const { join } = require('node:path');
const { connect } = require('@nats-io/transport-node');
const { jetstream, jetstreamManager } = require('@nats-io/jetstream');
const { Client } = require('pg');
const { ChallengesEvents, EVENTS_STREAM, GradingEvents, createEvent } = require('@skillproof/contracts');
const { createTestDatabase, startTestNats } = require('@skillproof/testing');
const { nodeFlagsOf } = require('../../scripts/start/supervisor');

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 1000);
const REPLICAS = Number(process.env.BENCH_REPLICAS ?? 2);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
const FAIRNESS = process.env.BENCH_FAIRNESS === '1';
const TRACE_FILE = process.env.BENCH_TRACE_FILE;
const BACKLOG_COMPANY = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const LONE_COMPANY = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
/** What PostgreSQL says when it turns a connection away. */
const REFUSED = /too many clients|remaining connection slots|connection slots are reserved/;
const WORKER_MAIN = join(__dirname, '..', '..', 'services', 'grading', 'dist', 'bundle', 'main.js');

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

function submission(index, companyId = null) {
  return {
    submissionId: crypto.randomUUID(),
    attemptId: crypto.randomUUID(),
    challengeId: '11111111-1111-4111-8111-111111111111',
    candidateId: `candidate-${index}`,
    companyId,
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

/** Starts the model stub in a process of its own (model-stub.js says why) and waits until it listens. */
function startModelStub() {
  const child = fork(join(__dirname, 'model-stub.js'), [String(LATENCY_MS), gradeReply()]);
  const next = () =>
    new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`the model stub exited (${code})`)));
    });
  return next().then(({ baseUrl }) => ({
    baseUrl,
    pid: child.pid,
    /** Every call the stub took, as [answer number, ms when it came in]. */
    calls: () => {
      const reply = next();
      child.send('report');
      return reply.then(({ calls }) => calls);
    },
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.send('close');
      }),
  }));
}

/**
 * Starts a replica as `npm start` and the image run every process (with the same V8 flags), and
 * counts the connections PostgreSQL refused it, from its logs.
 */
function startReplica(env, refusals) {
  const child = spawn(process.execPath, [...nodeFlagsOf(WORKER_MAIN), WORKER_MAIN], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop();
      for (const line of lines) if (REFUSED.test(line)) refusals.count += 1;
    });
  }
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') console.error(`grading replica exited (${code ?? signal})`);
  });
  return child;
}

/** Samples the connections to the grading database and the replicas' resident memory until stopped. */
function startSampling(db, replicas) {
  const peaks = { connections: 0, rssBytes: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await db
        .query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        )
        .catch(() => ({ rows: [{ n: 0 }] }));
      peaks.connections = Math.max(peaks.connections, rows[0].n);
      for (const replica of replicas) peaks.rssBytes = Math.max(peaks.rssBytes, residentBytes(replica.pid));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    peaks,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

function residentBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /VmRSS:\s+(\d+) kB/.exec(status);
    return kib ? Number(kib[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time a process has used so far, from /proc (clock ticks of 10 ms). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

async function queuedJobs(db) {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM grading_jobs`);
  return rows[0].n;
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

/**
 * Where each submission's time went, as wall-clock milliseconds at every step: the order of the
 * steps and which of them are serial say more than throughput does on a shared machine.
 */
function createTrace() {
  const steps = new Map();
  const at = (id, step, ms) => {
    const entry = steps.get(id) ?? {};
    entry[step] ??= ms;
    steps.set(id, entry);
  };
  return { steps, at };
}

/** The steps the database remembers, as each transaction's start: intake (inbox), recorded (result), relayed (outbox). */
async function traceFromDatabase(db, trace, eventIds) {
  const inbox = await db.query(
    `SELECT event_id, (extract(epoch FROM processed_at) * 1000)::float8 AS ms FROM inbox_entries`,
  );
  for (const row of inbox.rows) {
    const id = eventIds.get(row.event_id);
    if (id) trace.at(id, 'intake', row.ms);
  }
  const results = await db.query(
    `SELECT submission_id, (extract(epoch FROM created_at) * 1000)::float8 AS ms FROM grading_results`,
  );
  for (const row of results.rows) trace.at(row.submission_id, 'recorded', row.ms);
  const outbox = await db.query(
    `SELECT envelope->'data'->>'submissionId' AS id, (extract(epoch FROM created_at) * 1000)::float8 AS written,
            (extract(epoch FROM published_at) * 1000)::float8 AS relayed
       FROM outbox_events`,
  );
  for (const row of outbox.rows) {
    trace.at(row.id, 'outboxed', row.written);
    if (row.relayed !== null) trace.at(row.id, 'relayed', row.relayed);
  }
}

const TRACE_STEPS = [
  'published',
  'intake',
  'started',
  'modelIn',
  'modelOut',
  'recorded',
  'outboxed',
  'relayed',
  'seen',
];

/** For each step: when the first and the last submission reached it, and the median wait since the step before. */
function traceReport(trace, startedMs) {
  const lines = ['  where the time goes (ms since the first publish: first / median / last; median step wait)'];
  const entries = [...trace.steps.values()];
  let previous;
  for (const step of TRACE_STEPS) {
    const times = entries
      .map((entry) => entry[step])
      .filter((ms) => ms !== undefined)
      .sort((a, b) => a - b);
    if (times.length === 0) continue;
    const waits = previous
      ? entries
          .filter((entry) => entry[step] !== undefined && entry[previous] !== undefined)
          .map((entry) => entry[step] - entry[previous])
          .sort((a, b) => a - b)
      : [];
    const relative = (ms) => (ms - startedMs).toFixed(0).padStart(6);
    lines.push(
      `    ${step.padEnd(10)} ${relative(times[0])} / ${relative(percentile(times, 50))} / ${relative(times.at(-1))}` +
        (waits.length > 0 ? `   +${percentile(waits, 50).toFixed(0)} (p99 +${percentile(waits, 99).toFixed(0)})` : ''),
    );
    previous = step;
  }
  return lines;
}

async function main() {
  const [database, nats] = await Promise.all([createTestDatabase('bench_grading'), startTestNats()]);
  const trace = createTrace();
  const submissionOfAnswer = new Map();
  const stub = await startModelStub();
  const connection = await connect({ servers: nats.url });
  const replicas = [];
  const refusals = { count: 0 };
  const db = new Client({ connectionString: database.url });
  let sampling;
  try {
    const env = {
      DATABASE_URL: database.url,
      NATS_URL: nats.url,
      PORT: '0',
      // Warnings carry the database errors a refused connection causes, which the bench counts.
      LOG_LEVEL: 'warn',
      OPENAI_API_KEY: 'sk-bench',
      OPENAI_BASE_URL: stub.baseUrl,
      GRADING_CONCURRENCY: String(CONCURRENCY),
    };
    const manager = await jetstreamManager(connection);
    // One after the other: the first creates and migrates the database.
    for (let index = 0; index < REPLICAS; index += 1) {
      replicas.push(startReplica(env, refusals));
      await waitForPullers(manager, index + 1);
    }
    await db.connect();
    sampling = startSampling(db, replicas);

    const submittedAt = new Map();
    const gradedAt = new Map();
    const deliveries = new Map();
    connection.subscribe(GradingEvents.submissionGraded.subject, {
      callback: (_error, message) => {
        const { submissionId } = message.json().data;
        deliveries.set(submissionId, (deliveries.get(submissionId) ?? 0) + 1);
        if (!gradedAt.has(submissionId)) gradedAt.set(submissionId, performance.now());
        trace.at(submissionId, 'seen', Date.now());
      },
    });
    connection.subscribe(GradingEvents.submissionStarted.subject, {
      callback: (_error, message) => trace.at(message.json().data.submissionId, 'started', Date.now()),
    });
    const eventIds = new Map();

    const js = jetstream(connection);
    const publish = (batch) =>
      Promise.all(
        batch.map((data) => {
          const event = createEvent(ChallengesEvents.submissionCreated, { source: 'skillproof/bench', data });
          submittedAt.set(data.submissionId, performance.now());
          trace.at(data.submissionId, 'published', Date.now());
          eventIds.set(event.id, data.submissionId);
          return js.publish(ChallengesEvents.submissionCreated.subject, JSON.stringify(event), { msgID: event.id });
        }),
      );
    const started = performance.now();
    const startedMs = Date.now();
    const cpuBefore = {
      replicas: replicas.reduce((sum, replica) => sum + cpuMs(replica.pid), 0),
      bench: process.cpuUsage(),
      stub: cpuMs(stub.pid),
    };
    const submissions = Array.from({ length: SUBMISSIONS }, (_, index) =>
      submission(index, FAIRNESS ? BACKLOG_COMPANY : null),
    );
    submissions.forEach((data, index) => submissionOfAnswer.set(index, data.submissionId));
    await publish(submissions);
    let lone;
    if (FAIRNESS) {
      // The backlog is in line (queued or being graded) before the lone submission arrives.
      while ((await queuedJobs(db)) + gradedAt.size < SUBMISSIONS)
        await new Promise((resolve) => setTimeout(resolve, 50));
      lone = submission(SUBMISSIONS, LONE_COMPANY);
      submissionOfAnswer.set(SUBMISSIONS, lone.submissionId);
      await publish([lone]);
    }
    const expected = SUBMISSIONS + (lone ? 1 : 0);

    const deadline = Date.now() + Math.max(60_000, ((SUBMISSIONS * LATENCY_MS) / (REPLICAS * CONCURRENCY)) * 10);
    while (gradedAt.size < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const finished = Math.max(...gradedAt.values());
    const replicaCpuMs = replicas.reduce((sum, replica) => sum + cpuMs(replica.pid), 0) - cpuBefore.replicas;
    const benchCpu = process.cpuUsage(cpuBefore.bench);
    const benchCpuMs = (benchCpu.user + benchCpu.system) / 1000 + cpuMs(stub.pid) - cpuBefore.stub;
    // Give a duplicate the chance to appear before it is counted.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await sampling.stop();

    const { rows } = await db.query(
      `SELECT count(*)::int AS results, count(DISTINCT submission_id)::int AS submissions FROM grading_results`,
    );

    await traceFromDatabase(db, trace, eventIds);
    const calls = await stub.calls();
    for (const [answer, receivedMs] of calls) {
      const id = submissionOfAnswer.get(answer);
      if (id) {
        trace.at(id, 'modelIn', receivedMs);
        trace.at(id, 'modelOut', receivedMs + LATENCY_MS);
      }
    }
    if (TRACE_FILE) writeFileSync(TRACE_FILE, JSON.stringify({ startedMs, submissions: [...trace.steps.values()] }));
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
        `efficiency ${((100 * throughput) / ideal).toFixed(1)} % of ideal`,
        `peak database connections ${sampling.peaks.connections}`,
        `  peak replica RSS ${(sampling.peaks.rssBytes / 2 ** 20).toFixed(0)} MiB`,
        `  submit->graded  p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`,
        `  model calls     ${calls.length}`,
        `  CPU per grading replicas ${(replicaCpuMs / gradedAt.size).toFixed(1)} ms, bench (stub, publisher) ${(benchCpuMs / gradedAt.size).toFixed(1)} ms; machine load ${loadavg()[0].toFixed(1)}`,
        `  lost            ${expected - gradedAt.size}`,
        `  duplicated      ${duplicated}`,
        `  refused         ${refusals.count} connections`,
        ...traceReport(trace, startedMs),
        ...(lone
          ? [
              `  lone submission graded ${(gradedAt.get(lone.submissionId) - submittedAt.get(lone.submissionId)).toFixed(0)} ms after it arrived (${((gradedAt.get(lone.submissionId) - submittedAt.get(lone.submissionId)) / LATENCY_MS).toFixed(2)}x the model latency)`,
            ]
          : []),
      ].join('\n'),
    );
    if (gradedAt.size < expected || duplicated > 0 || refusals.count > 0) process.exitCode = 1;
  } finally {
    await sampling?.stop();
    await db.end().catch(() => undefined);
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
