import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import type { HealRecord } from './chaos-report.util';
import { buildChaosWorld } from './chaos-world.util';
import { chaosFaults } from './faults.util';
import { GatewayClient, RetryLedger } from './gateway-client.util';
import { LoadGenerator } from './load-generator.util';
import { expectNothingLostOrDuplicated, judgeRun, probe } from './run-verdict.util';
import { RunningSystem } from './running-system.util';
import { systemEnvironment } from './system-environment.util';
import { ServiceDatabases } from './service-databases.util';

const SUBMISSIONS = 500;
const CANDIDATES = 25;
const GRADING_REPLICAS = 2;
const DATABASE_PREFIX = 'chaos';
const HEAL_TIMEOUT_MS = 120_000;

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
    system = await RunningSystem.start(
      systemEnvironment({
        databaseUrl: postgres.url,
        databasePrefix: DATABASE_PREFIX,
        natsUrl: nats.url,
        gradingReplicas: GRADING_REPLICAS,
        modelBaseUrl: model.baseUrl,
      }),
      logFile,
    );
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

    const verdict = await judgeRun({
      system,
      client,
      ledger,
      world,
      load,
      databases,
      receiver,
      natsUrl: nats.url,
      heals,
      title: 'Chaos run',
    });
    const crashes = system.exits().filter((exit) => !exit.endsWith('exited (SIGKILL)'));
    expect(system.ended).toBeUndefined();
    // Only the four kills of the test ended a process: no crash on start, on reconnect or on restart.
    expect(crashes).toEqual([]);
    expect(system.exits()).toHaveLength(4);
    expect(load.sent).toBe(SUBMISSIONS);
    expect(ledger.abandoned).toBe(0);
    expectNothingLostOrDuplicated(verdict, world);
  }, 900_000);
});
