import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { DEAD_LETTER_STREAM } from '@skillproof/contracts';
import {
  expectEventually,
  gradeReply,
  startOpenAiStub,
  startTestNats,
  WebhookReceiver,
  type OpenAiStub,
  type TestNats,
} from '@skillproof/testing';
import { startChaosPostgres, type ChaosPostgres } from './chaos-postgres.util';
import { formatChaosReport, type HealRecord } from './chaos-report.util';
import { buildChaosWorld, CHAOS_ADMIN, type ChaosWorld } from './chaos-world.util';
import { chaosFaults } from './faults.util';
import { GatewayClient, RetryLedger } from './gateway-client.util';
import { LedgerChecks, type LoadOutcome, type Tally } from './ledger-checks.util';
import { LoadGenerator } from './load-generator.util';
import { RunningSystem } from './running-system.util';
import { ServiceDatabases } from './service-databases.util';

const SUBMISSIONS = 500;
const CANDIDATES = 25;
const GRADING_REPLICAS = 2;
const DATABASE_PREFIX = 'chaos';
const HEAL_TIMEOUT_MS = 120_000;
const SETTLE_TIMEOUT_MS = 180_000;

/**
 * Production timings scaled down so that the run takes minutes: a dead grader's work moves on
 * after 10 s instead of 2 min, and a webhook interrupted by a crash is retried within seconds.
 */
function systemEnvironment(postgres: ChaosPostgres, nats: TestNats, model: OpenAiStub): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // A local model stub: AI grades are the ones that verify a score, and nothing leaves the machine.
    OPENAI_API_KEY: 'chaos-key',
    OPENAI_BASE_URL: model.baseUrl,
    ADMIN_EMAIL: CHAOS_ADMIN.email,
    ADMIN_PASSWORD: CHAOS_ADMIN.password,
    // Candidates retry the same challenge many times; the cooldown is not what is under test.
    CHALLENGE_MIN_COOLDOWN_DAYS: '0',
    DATABASE_URL: postgres.url,
    DATABASE_PREFIX,
    NATS_URL: nats.url,
    GRADING_REPLICAS: String(GRADING_REPLICAS),
    GRADING_ACK_WAIT_MS: '10000',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_TIMEOUT_MS: '2000',
    WEBHOOK_RETRY_BASE_MS: '500',
    WEBHOOK_RETRY_MAX_DELAY_MS: '2000',
    // Every client of the test shares one address; the limit is not what is under test.
    RATE_LIMIT_PER_MINUTE: '1000000',
  };
}

describe('Skillproof under chaos', () => {
  let postgres: ChaosPostgres;
  let nats: TestNats;
  let receiver: WebhookReceiver;
  let system: RunningSystem;
  let databases: ServiceDatabases;
  let model: OpenAiStub;

  beforeAll(async () => {
    [postgres, nats, receiver, model] = await Promise.all([
      startChaosPostgres(),
      startTestNats(),
      WebhookReceiver.start(),
      startOpenAiStub({ respond: (request) => gradeReply(request, 70) }),
    ]);
    const logFile = join(mkdtempSync(join(tmpdir(), 'skillproof-chaos-')), 'system.log');
    system = await RunningSystem.start(systemEnvironment(postgres, nats, model), logFile);
    databases = new ServiceDatabases(postgres.url, DATABASE_PREFIX);
  }, 240_000);

  afterAll(async () => {
    await databases?.close();
    await system?.stop();
    await receiver?.close();
    await model?.close();
    await nats?.dispose();
    await postgres?.dispose();
  }, 60_000);

  it('grades every submission and delivers every webhook exactly once through six faults', async () => {
    const ledger = new RetryLedger();
    const client = new GatewayClient(system.baseUrl, ledger);
    const world = await buildChaosWorld(client, receiver.url('/chaos'), CANDIDATES);
    const load = new LoadGenerator(client, world, { submissions: SUBMISSIONS, concurrency: 4, browsers: 2 });
    const faults = chaosFaults(system, nats, postgres, GRADING_REPLICAS);

    load.start();
    const heals: HealRecord[] = [];
    const spacing = Math.floor(SUBMISSIONS / (faults.length + 1));
    for (const [index, fault] of faults.entries()) {
      await load.sentAtLeast(spacing * (index + 1));
      const atSubmission = load.sent;
      const struck = Date.now();
      await fault.inject();
      await fault.recovered();
      await expectEventually(() => probe(system, world), HEAL_TIMEOUT_MS, 100);
      heals.push({ fault: fault.name, atSubmission, healMs: Date.now() - struck });
    }
    await load.finish();

    const outcome: LoadOutcome = { accepted: load.accepted, applied: load.applied, statusChanges: load.statusChanges };
    const checks = new LedgerChecks(databases, world, receiver.received);
    const settled = await settle(checks, outcome);
    const { tally: gradedTally, graded, strays } = await checks.graded(outcome);
    const deliveries = await checks.deliveries(outcome);
    const arrivals = checks.arrivals(deliveries.ids);
    const tallies: Tally[] = [
      gradedTally,
      await checks.gradingResults(graded),
      await checks.evidence(graded),
      await checks.verifiedScores('profiles', graded),
      await checks.verifiedScores('jobs', graded),
      await checks.applications(outcome),
      deliveries.tally,
      arrivals.tally,
    ];
    const api = await readBackThroughApi(client, world, outcome);
    const deadLetters = await countDeadLetters(nats.url);
    const crashes = system.exits().filter((exit) => !exit.endsWith('exited (SIGKILL)'));

    process.stdout.write(
      `\n${formatChaosReport({
        sent: load.sent,
        tallies,
        heals,
        notes: [
          `Accepted ${outcome.accepted.length} submissions (${outcome.accepted.filter((entry) => !entry.submissionId).length} ` +
            `known only from a 409 after a retry); ${outcome.applied} applications, ${outcome.statusChanges} status changes; ` +
            `${load.browsed} pages browsed.`,
          `Client requests: ${ledger.requests}, retried tries: ${ledger.retries} (${ledger.summary()}), abandoned: ${ledger.abandoned}.`,
          `Webhooks re-sent after a crash (same webhook-id, at least once): ${arrivals.resent}; ` +
            `not delivered: ${deliveries.undelivered}; failing signature check: ${arrivals.unsigned}.`,
          `Through the API: ${api.graded}/${api.checked} submissions read as graded; ` +
            `${api.verified}/${world.candidates.length} candidates see one verified score per skill.`,
          `Dead letters: ${deadLetters}; stored submissions nobody was told about: ${strays}.`,
          `Processes ended: ${system.exits().join(', ')}.`,
          settled ? 'Settled: nothing left in flight.' : `Not settled within ${SETTLE_TIMEOUT_MS / 1000} s.`,
          `System log: ${system.logFile}`,
        ],
      })}\n\n`,
    );

    expect(system.ended).toBeUndefined();
    // Only the four kills of the test ended a process: no crash on start, on reconnect or on restart.
    expect(crashes).toEqual([]);
    expect(system.exits()).toHaveLength(4);
    expect(load.sent).toBe(SUBMISSIONS);
    expect(ledger.abandoned).toBe(0);
    expect(settled).toBe(true);
    for (const tally of tallies)
      expect({ what: tally.what, lost: tally.lost, duplicated: tally.duplicated }).toEqual({
        what: tally.what,
        lost: 0,
        duplicated: 0,
      });
    expect(strays).toBe(0);
    expect(deliveries.undelivered).toBe(0);
    expect(arrivals.unsigned).toBe(0);
    expect(deadLetters).toBe(0);
    expect(api).toEqual({
      checked: api.checked,
      graded: api.checked,
      verified: world.candidates.length,
    });
  }, 900_000);
});

/** Healed: the gateway reports every service ready, and requests touching each service succeed. */
async function probe(system: RunningSystem, world: ChaosWorld): Promise<void> {
  await system.assertReady();
  const candidate = world.candidates[0];
  for (const path of [
    '/v1/skills/machine-learning',
    `/v1/challenges/${world.challengeId}`,
    `/v1/jobs/${world.jobId}`,
    '/v1/me',
  ]) {
    const response = await fetch(`${system.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${candidate.token}` },
      signal: AbortSignal.timeout(3_000),
    });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  }
}

/** Waits until nothing is in flight; false when the time ran out (the tallies then say what is missing). */
async function settle(checks: LedgerChecks, outcome: LoadOutcome): Promise<boolean> {
  try {
    await expectEventually(
      async () => {
        const pending = await checks.pending(outcome);
        if (pending.length > 0) throw new Error(pending.join('; '));
      },
      SETTLE_TIMEOUT_MS,
      500,
    );
    return true;
  } catch (error) {
    process.stdout.write(`Still in flight: ${(error as Error).message}\n`);
    return false;
  }
}

/** What users see: each accepted submission graded, each candidate's verified score once per skill. */
async function readBackThroughApi(
  client: GatewayClient,
  world: ChaosWorld,
  outcome: LoadOutcome,
): Promise<{ checked: number; graded: number; verified: number }> {
  const owners = new Map(world.candidates.map((candidate) => [candidate.userId, candidate.token]));
  let checked = 0;
  let graded = 0;
  for (const entry of outcome.accepted) {
    if (!entry.submissionId) continue;
    checked += 1;
    const reply = await client.call<{ status: string }>('GET', `/v1/submissions/${entry.submissionId}`, {
      token: owners.get(entry.candidateId),
    });
    if (reply.status === 200 && reply.body.status === 'graded') graded += 1;
  }
  let verified = 0;
  for (const candidate of world.candidates) {
    const me = await client.call<{ profile: { verifiedSkills: Array<{ skill: string }> } }>('GET', '/v1/me', {
      token: candidate.token,
    });
    const skills = me.body.profile.verifiedSkills.map((entry) => entry.skill).sort();
    if (JSON.stringify(skills) === JSON.stringify([...world.skills].sort())) verified += 1;
  }
  return { checked, graded, verified };
}

async function countDeadLetters(natsUrl: string): Promise<number> {
  const connection = await connect({ servers: natsUrl });
  try {
    const info = await (await jetstreamManager(connection)).streams.info(DEAD_LETTER_STREAM);
    return info.state.messages;
  } finally {
    await connection.close();
  }
}
