import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { DEAD_LETTER_STREAM, EVENTS_STREAM } from '@skillproof/contracts';
import { expectEventually, type WebhookReceiver } from '@skillproof/testing';
import { formatChaosReport, type HealRecord } from './chaos-report.util';
import type { ChaosWorld } from './chaos-world.util';
import type { GatewayClient, RetryLedger } from './gateway-client.util';
import { LedgerChecks, type LoadOutcome, type Tally } from './ledger-checks.util';
import type { LoadGenerator } from './load-generator.util';
import type { RunningSystem } from './running-system.util';
import type { ServiceDatabases } from './service-databases.util';

const SETTLE_TIMEOUT_MS = 180_000;

export interface RunParts {
  system: RunningSystem;
  client: GatewayClient;
  ledger: RetryLedger;
  world: ChaosWorld;
  load: LoadGenerator;
  databases: ServiceDatabases;
  receiver: WebhookReceiver;
  natsUrl: string;
  heals: HealRecord[];
  /** Lines of the report's header and notes that only this run knows. */
  title: string;
  notes?: string[];
}

export interface RunVerdict {
  tallies: Tally[];
  strays: number;
  undelivered: number;
  unsigned: number;
  deadLetters: number;
  settled: boolean;
  api: { checked: number; graded: number; verified: number };
}

/**
 * After a run under faults: waits until nothing is in flight, counts every effect in the
 * databases, the webhook receiver and through the API, and prints the report with the heal times.
 */
export async function judgeRun(parts: RunParts): Promise<RunVerdict> {
  const { system, client, ledger, world, load, databases, receiver, heals } = parts;
  const outcome: LoadOutcome = { accepted: load.accepted, applied: load.applied, statusChanges: load.statusChanges };
  const checks = new LedgerChecks(databases, world, receiver.received);
  const settled = await settle(checks, outcome, parts.natsUrl);
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
  const deadLetters = await countDeadLetters(parts.natsUrl);

  process.stdout.write(
    `\n${formatChaosReport({
      title: parts.title,
      sent: load.sent,
      tallies,
      heals,
      notes: [
        ...(parts.notes ?? []),
        `Accepted ${outcome.accepted.length} submissions (${outcome.accepted.filter((entry) => !entry.submissionId).length} ` +
          `known only from a 409 after a retry); ${outcome.applied} applications, ${outcome.statusChanges} status changes; ` +
          `${load.browsed} pages browsed.`,
        `Client requests: ${ledger.requests}, retried tries: ${ledger.retries} (${ledger.summary()}), abandoned: ${ledger.abandoned}.`,
        `Webhooks re-sent after a crash (same webhook-id, at least once): ${arrivals.resent}; ` +
          `not delivered: ${deliveries.undelivered}; failing signature check: ${arrivals.unsigned}.`,
        `Through the API: ${api.graded}/${api.checked} submissions read as graded; ` +
          `${api.verified}/${world.candidates.length} candidates see one verified score per skill.`,
        `Dead letters: ${deadLetters}; stored submissions nobody was told about: ${strays}.`,
        `Processes ended: ${system.exits().join(', ') || 'none'}.`,
        settled ? 'Settled: nothing left in flight.' : `Not settled within ${SETTLE_TIMEOUT_MS / 1000} s.`,
        `System log: ${system.logFile}`,
      ],
    })}\n\n`,
  );
  return {
    tallies,
    strays,
    undelivered: deliveries.undelivered,
    unsigned: arrivals.unsigned,
    deadLetters,
    settled,
    api,
  };
}

/** Every submission graded once, every effect once, every webhook delivered signed, nothing dead-lettered. */
export function expectNothingLostOrDuplicated(verdict: RunVerdict, world: ChaosWorld): void {
  expect(verdict.settled).toBe(true);
  for (const tally of verdict.tallies)
    expect({ what: tally.what, lost: tally.lost, duplicated: tally.duplicated }).toEqual({
      what: tally.what,
      lost: 0,
      duplicated: 0,
    });
  expect(verdict.strays).toBe(0);
  expect(verdict.undelivered).toBe(0);
  expect(verdict.unsigned).toBe(0);
  expect(verdict.deadLetters).toBe(0);
  expect(verdict.api).toEqual({
    checked: verdict.api.checked,
    graded: verdict.api.checked,
    verified: world.candidates.length,
  });
}

/** Healed: the gateway reports every service ready, and requests touching each service succeed. */
export async function probe(system: RunningSystem, world: ChaosWorld): Promise<void> {
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
async function settle(checks: LedgerChecks, outcome: LoadOutcome, natsUrl: string): Promise<boolean> {
  try {
    await expectEventually(
      async () => {
        const pending = [...(await checks.pending(outcome)), ...(await consumersBehind(natsUrl))];
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

/**
 * Event consumers that still hold events: not yet delivered, or delivered and waiting for a retry
 * after a failure (a consumer waits out a database outage with backoff of up to a minute). Until
 * they are done, an effect missing from a database may only be late, not lost.
 */
async function consumersBehind(natsUrl: string): Promise<string[]> {
  const connection = await connect({ servers: natsUrl.split(',') });
  try {
    const behind: string[] = [];
    for await (const consumer of (await jetstreamManager(connection)).consumers.list(EVENTS_STREAM)) {
      const held = consumer.num_pending + consumer.num_ack_pending;
      if (held > 0) behind.push(`${held} events held by consumer ${consumer.name}`);
    }
    return behind;
  } finally {
    await connection.close();
  }
}

async function countDeadLetters(natsUrl: string): Promise<number> {
  const connection = await connect({ servers: natsUrl.split(',') });
  try {
    const info = await (await jetstreamManager(connection)).streams.info(DEAD_LETTER_STREAM);
    return info.state.messages;
  } finally {
    await connection.close();
  }
}
