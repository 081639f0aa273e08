import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { expectEventually } from './expect-eventually';
import { freePort, isListening } from './free-port';

export interface TestNatsNode {
  /** The server's name in the cluster, as JetStream reports leaders. */
  name: string;
  url: string;
  running(): boolean;
  /** SIGKILL, as a crashed machine: no goodbye to the other servers, JetStream data kept. */
  kill(): Promise<void>;
  /** Starts it again with its name, ports and data. */
  start(): Promise<void>;
}

export interface TestNatsCluster {
  /** Every server's client URL, comma-separated, as the services take NATS_URL. */
  url: string;
  nodes: TestNatsNode[];
  /** The node that leads `stream`'s replicas now. */
  streamLeader(stream: string): Promise<TestNatsNode>;
  /** Waits until `stream` has a leader and every running node holds a current replica of it. */
  streamHealthy(stream: string): Promise<void>;
  dispose(): Promise<void>;
}

const SIZE = 3;

/**
 * Three `nats-server` processes forming one JetStream cluster over routes on loopback ports, each
 * with its own store, for the cluster test tier. Needs nats-server on PATH.
 */
export async function startTestNatsCluster(): Promise<TestNatsCluster> {
  const ports = await Promise.all(
    Array.from({ length: SIZE }, async () => ({ client: await freePort(), route: await freePort() })),
  );
  const routes = ports.map((port) => `nats://127.0.0.1:${port.route}`).join(',');
  const root = mkdtempSync(join(tmpdir(), 'skillproof-nats-cluster-'));
  const nodes = ports.map((port, index) => clusterNode(`n${index + 1}`, port, routes, join(root, `n${index + 1}`)));
  await Promise.all(nodes.map((node) => node.start()));
  const url = nodes.map((node) => node.url).join(',');
  const cluster: TestNatsCluster = {
    url,
    nodes,
    streamLeader: async (stream) => {
      const leader = (await streamInfo(url, stream)).cluster?.leader;
      const node = nodes.find((candidate) => candidate.name === leader);
      if (!node) throw new Error(`stream ${stream} has no leader`);
      return node;
    },
    streamHealthy: (stream) =>
      expectEventually(
        async () => {
          const info = await streamInfo(url, stream);
          const running = nodes.filter((node) => node.running()).map((node) => node.name);
          const current = [
            info.cluster?.leader,
            ...(info.cluster?.replicas ?? []).filter((r) => r.current).map((r) => r.name),
          ];
          const missing = running.filter((name) => !current.includes(name));
          if (!info.cluster?.leader || missing.length > 0) {
            throw new Error(
              `stream ${stream}: leader ${info.cluster?.leader ?? 'none'}, behind: ${missing.join(', ')}`,
            );
          }
        },
        120_000,
        250,
      ),
    dispose: async () => {
      await Promise.all(nodes.map((node) => node.kill()));
      rmSync(root, { recursive: true, force: true });
    },
  };
  await expectEventually(
    async () => {
      const connection = await connect({ servers: url.split(','), timeout: 2_000 });
      try {
        // Answers only once the servers have elected a JetStream meta leader.
        await (await jetstreamManager(connection)).getAccountInfo();
      } finally {
        await connection.close();
      }
    },
    60_000,
    250,
  );
  return cluster;
}

function clusterNode(
  name: string,
  port: { client: number; route: number },
  routes: string,
  storeDir: string,
): TestNatsNode {
  let child: ChildProcess | undefined;
  const args = [
    ...['-a', '127.0.0.1', '-p', String(port.client), '--server_name', name],
    ...['-js', '-sd', storeDir],
    ...['--cluster_name', 'skillproof', '--cluster', `nats://127.0.0.1:${port.route}`, '--routes', routes],
  ];
  return {
    name,
    url: `nats://127.0.0.1:${port.client}`,
    running: () => child !== undefined && child.exitCode === null && child.signalCode === null,
    start: async () => {
      child = spawn('nats-server', args, { stdio: 'ignore' });
      await expectEventually(async () => {
        if (!(await isListening('127.0.0.1', port.client))) throw new Error(`${name} does not listen yet`);
      }, 15_000);
    },
    kill: async () => {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
}

async function streamInfo(url: string, stream: string) {
  const connection = await connect({ servers: url.split(','), timeout: 2_000 });
  try {
    return await (await jetstreamManager(connection)).streams.info(stream);
  } finally {
    await connection.close();
  }
}
