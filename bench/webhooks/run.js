'use strict';
/**
 * Webhook fan-out benchmark: one `submission.graded` event for a company with 200 endpoints on a
 * loopback receiver, sent by the jobs service exactly as in production (rows, worker, signatures).
 * Prints deliveries per second and the p50/p99 delay from the event's publication to its arrival.
 *
 *   npm run bench:webhooks            ENDPOINTS=200 ROUNDS=5 WEBHOOK_CONCURRENCY=32 by default
 *
 * Needs a build (`npm run build`), PostgreSQL and nats-server, like the integration tests.
 */
const { randomUUID } = require('node:crypto');
const { createServer } = require('node:http');
const { performance } = require('node:perf_hooks');
const { connect } = require('@nats-io/transport-node');
const { jetstream } = require('@nats-io/jetstream');
const { loadConfig } = require('@skillproof/config');
const { ChallengesEvents, createEvent, JobsRequests } = require('@skillproof/contracts');
const { RequestClient } = require('@skillproof/platform');
const { createTestDatabase, startTestNats } = require('@skillproof/testing');
const { JOBS_SERVICE } = require('@skillproof/jobs');

const ENDPOINTS = Number(process.env.ENDPOINTS ?? 200);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const CONCURRENCY = process.env.WEBHOOK_CONCURRENCY ?? '32';
/** A round that delivers nothing for this long is broken, not slow: the bench fails instead of waiting forever. */
const ROUND_TIMEOUT_MS = 60_000;

function failAfter(ms, round) {
  return new Promise((_, reject) => {
    const timer = setTimeout(() => reject(new Error(`round ${round}: not every delivery arrived within ${ms} ms`)), ms);
    timer.unref();
  });
}

/** One HTTP server, one path per endpoint; records when each delivery of each round arrived. */
function startReceiver() {
  const arrivals = new Map();
  let onArrival = () => undefined;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const id = request.headers['webhook-id'];
      if (!arrivals.has(id)) arrivals.set(id, performance.now());
      response.writeHead(204).end();
      onArrival();
    });
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: (path) => `http://127.0.0.1:${server.address().port}${path}`,
        arrivals,
        waitFor: (count) =>
          new Promise((done) => {
            onArrival = () => arrivals.size >= count && done();
            onArrival();
          }),
        close: () => {
          server.closeAllConnections();
          return new Promise((done) => server.close(done));
        },
      }),
    ),
  );
}

/** What the jobs service turns into `submission.graded` webhooks: the challenges service's recorded grade. */
function gradeRecordedEvent(companyId) {
  return createEvent(ChallengesEvents.gradeRecorded, {
    source: 'skillproof/bench',
    data: {
      decision: 'graded',
      verification: 'ai',
      issuer: { kind: 'company', companyId, name: 'Benchmark company' },
      reviewer: null,
      standing: 'company',
      attempts: 1,
      reason: null,
      round: 1,
      submissionId: randomUUID(),
      challengeId: randomUUID(),
      candidateId: randomUUID(),
      companyId,
      challengeTitle: 'Benchmark challenge',
      skills: ['machine-learning'],
      score: 77,
      criteria: [{ key: 'quality', score: 77, feedback: 'Fine.' }],
      feedback: 'Fine.',
      grader: 'openai',
      model: 'gpt-4o-mini',
      rubricVersion: 1,
      gradedAt: new Date().toISOString(),
    },
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const [database, nats, receiver] = await Promise.all([
    createTestDatabase('bench_webhooks'),
    startTestNats(),
    startReceiver(),
  ]);
  const config = loadConfig(JOBS_SERVICE.config, {
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_CONCURRENCY: CONCURRENCY,
    // One company with many endpoints stands for many companies; the per-company cap does not apply.
    WEBHOOK_MAX_ENDPOINTS_PER_COMPANY: String(ENDPOINTS),
  });
  const jobs = await JOBS_SERVICE.create(config);
  const connection = await connect({ servers: nats.url });
  const requests = new RequestClient(connection, 10_000);
  try {
    const companyId = randomUUID();
    const principal = { userId: randomUUID(), role: 'company', companyId, via: 'token' };
    for (let index = 0; index < ENDPOINTS; index += 1) {
      await requests.request(JobsRequests.createWebhook, {
        principal,
        url: receiver.url(`/endpoint/${index}`),
        events: ['submission.graded'],
      });
    }
    const delays = [];
    let busyMs = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      receiver.arrivals.clear();
      const event = gradeRecordedEvent(companyId);
      const published = performance.now();
      await jetstream(connection).publish(ChallengesEvents.gradeRecorded.subject, JSON.stringify(event), {
        msgID: event.id,
      });
      await Promise.race([receiver.waitFor(ENDPOINTS), failAfter(ROUND_TIMEOUT_MS, round)]);
      const times = [...receiver.arrivals.values()].map((at) => at - published).sort((a, b) => a - b);
      const span = times[times.length - 1];
      busyMs += span;
      delays.push(...times);
      console.log(
        `round ${round}: ${ENDPOINTS} deliveries in ${span.toFixed(0)} ms ` +
          `(${((ENDPOINTS / span) * 1000).toFixed(0)}/s), p99 delay ${percentile(times, 99).toFixed(0)} ms`,
      );
    }
    delays.sort((a, b) => a - b);
    console.log(
      `\n${ENDPOINTS} endpoints × ${ROUNDS} events, worker concurrency ${CONCURRENCY}: ` +
        `${((delays.length / busyMs) * 1000).toFixed(0)} deliveries/s, ` +
        `delay p50 ${percentile(delays, 50).toFixed(0)} ms, p99 ${percentile(delays, 99).toFixed(0)} ms`,
    );
  } finally {
    await connection.drain();
    await jobs.close();
    await receiver.close();
    await nats.dispose();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
