import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EVENTS_STREAM } from '@skillproof/contracts';
import {
  expectEventually,
  gradeReply,
  startOpenAiStub,
  startTestNatsCluster,
  testDatabaseServerUrl,
  WebhookReceiver,
  type OpenAiStub,
  type TestNatsCluster,
  type TestNatsNode,
} from '@skillproof/testing';
import type { HealRecord } from '../chaos/chaos-report.util';
import { buildChaosWorld } from '../chaos/chaos-world.util';
import { GatewayClient, RetryLedger } from '../chaos/gateway-client.util';
import { LoadGenerator } from '../chaos/load-generator.util';
import { expectNothingLostOrDuplicated, judgeRun, probe } from '../chaos/run-verdict.util';
import { RunningSystem } from '../chaos/running-system.util';
import { ServiceDatabases } from '../chaos/service-databases.util';
import { systemEnvironment } from '../chaos/system-environment.util';

const SUBMISSIONS = 150;
const CANDIDATES = 10;
const GRADING_REPLICAS = 2;
const HEAL_TIMEOUT_MS = 120_000;
/** How long the cluster stays without a quorum before both servers come back. */
const QUORUM_LOST_MS = 10_000;
const SERVICES = ['catalog', 'challenges', 'grading', 'profiles', 'jobs'];

/**
 * The whole system on a three-node JetStream cluster, every process given all three URLs and
 * every stream three replicas. Under load, the EVENTS stream's leader is killed -9 (two nodes keep
 * a quorum), then a second node (no quorum: JetStream stops taking writes), then both come back.
 */
describe('Skillproof on a three-node NATS cluster', () => {
  let cluster: TestNatsCluster;
  let receiver: WebhookReceiver;
  let system: RunningSystem;
  let databases: ServiceDatabases;
  let model: OpenAiStub;
  let serverUrl: string;
  const prefix = `cluster_${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    [cluster, receiver, serverUrl, model] = await Promise.all([
      startTestNatsCluster(),
      WebhookReceiver.start(),
      testDatabaseServerUrl(),
      startOpenAiStub({ respond: (request) => gradeReply(request, 70) }),
    ]);
    const logFile = join(mkdtempSync(join(tmpdir(), 'skillproof-cluster-')), 'system.log');
    system = await RunningSystem.start(
      systemEnvironment({
        databaseUrl: serverUrl,
        databasePrefix: prefix,
        natsUrl: cluster.url,
        gradingReplicas: GRADING_REPLICAS,
        modelBaseUrl: model.baseUrl,
        extra: { NATS_STREAM_REPLICAS: '3' },
      }),
      logFile,
    );
    databases = new ServiceDatabases(serverUrl, prefix);
  }, 240_000);

  afterAll(async () => {
    await databases?.close();
    await system?.stop();
    await receiver?.close();
    await model?.close();
    await cluster?.dispose();
    if (serverUrl) await dropDatabases(serverUrl, prefix);
  }, 60_000);

  it('grades every submission and delivers every webhook exactly once while NATS servers die', async () => {
    await cluster.streamHealthy(EVENTS_STREAM);
    const ledger = new RetryLedger();
    const client = new GatewayClient(system.baseUrl, ledger);
    const world = await buildChaosWorld(client, receiver.url('/cluster'), CANDIDATES);
    const load = new LoadGenerator(client, world, { submissions: SUBMISSIONS, concurrency: 4, browsers: 2 });
    const heals: HealRecord[] = [];
    const healed = async (): Promise<void> => {
      await cluster.streamHealthy(EVENTS_STREAM);
      await expectEventually(() => probe(system, world), HEAL_TIMEOUT_MS, 100);
    };

    load.start();
    await load.sentAtLeast(SUBMISSIONS / 3);
    const leader = await cluster.streamLeader(EVENTS_STREAM);
    let struck = Date.now();
    let atSubmission = load.sent;
    await leader.kill();
    await healed();
    heals.push({ fault: `kill -9 ${leader.name}, the EVENTS leader`, atSubmission, healMs: Date.now() - struck });
    const successor = await cluster.streamLeader(EVENTS_STREAM);

    await load.sentAtLeast((2 * SUBMISSIONS) / 3);
    const second = cluster.nodes.find((node) => node.running()) as TestNatsNode;
    struck = Date.now();
    atSubmission = load.sent;
    await second.kill();
    await new Promise((resolve) => setTimeout(resolve, QUORUM_LOST_MS));
    await Promise.all([leader.start(), second.start()]);
    await healed();
    heals.push({
      fault: `kill -9 ${second.name} too (no quorum for ${QUORUM_LOST_MS / 1000} s), then restart both`,
      atSubmission,
      healMs: Date.now() - struck,
    });
    await load.finish();

    const verdict = await judgeRun({
      system,
      client,
      ledger,
      world,
      load,
      databases,
      receiver,
      natsUrl: cluster.url,
      heals,
      title: 'Cluster run (3 nats-servers, streams with 3 replicas)',
      notes: [
        `EVENTS leader: ${leader.name}, then ${successor.name}, then ${(await cluster.streamLeader(EVENTS_STREAM)).name}.`,
      ],
    });
    expect(system.ended).toBeUndefined();
    // NATS servers died, no process of ours: none of them crashed or was restarted.
    expect(system.exits()).toEqual([]);
    expect(load.sent).toBe(SUBMISSIONS);
    expect(ledger.abandoned).toBe(0);
    expectNothingLostOrDuplicated(verdict, world);
  }, 900_000);
});

async function dropDatabases(serverUrl: string, prefix: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const service of SERVICES) await admin.query(`DROP DATABASE IF EXISTS "${prefix}_${service}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
