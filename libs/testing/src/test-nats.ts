import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerAvailable } from './docker';
import { freePort, isListening } from './free-port';

export interface TestNats {
  url: string;
  /** Stops the server (SIGKILL when `hard`), keeping its JetStream data. */
  stop(options?: { hard?: boolean }): Promise<void>;
  /** Starts it again on the same port and data, as after a crash or an upgrade. */
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  dispose(): Promise<void>;
}

function natsServerOnPath(): boolean {
  return spawnSync('nats-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await isListening('127.0.0.1', port))) {
    if (Date.now() > deadline) throw new Error(`nats-server did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface TestNatsOptions {
  /** A nats-server configuration file (users and permissions); needs nats-server on PATH. */
  configFile?: string;
  /** Environment of the server, for the variables the configuration file names. */
  env?: Record<string, string>;
}

/**
 * A NATS server with JetStream that belongs to one test file, so that files running in parallel
 * never answer each other's requests and a test may restart it. Uses `nats-server` from PATH, else
 * a testcontainers NATS when Docker is there, else a shared server from NATS_URL or 127.0.0.1:4222
 * (which cannot be restarted).
 */
export async function startTestNats(options: TestNatsOptions = {}): Promise<TestNats> {
  if (natsServerOnPath()) return startLocalProcess(options);
  if (options.configFile) throw new Error('A NATS configuration file needs nats-server on PATH');
  if (dockerAvailable()) return startContainer();
  const shared = process.env.NATS_URL ?? ((await isListening('127.0.0.1', 4222)) ? 'nats://127.0.0.1:4222' : undefined);
  if (!shared) {
    throw new Error(
      'Tests need NATS with JetStream: install nats-server (apt-get install nats-server), set NATS_URL, or start Docker.',
    );
  }
  const refuse = async (): Promise<void> => {
    throw new Error('The shared NATS server cannot be stopped or started by a test');
  };
  return { url: shared, stop: refuse, start: refuse, dispose: async () => undefined };
}

async function startLocalProcess(options: TestNatsOptions): Promise<TestNats> {
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'skillproof-nats-'));
  let child: ChildProcess | undefined;
  const config = options.configFile ? ['-c', options.configFile] : [];
  const start = async (): Promise<void> => {
    child = spawn('nats-server', [...config, '-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {
      stdio: 'ignore',
      env: { ...process.env, ...options.env },
    });
    await waitForPort(port, 10_000);
  };
  const stop = async (options: { hard?: boolean } = {}): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(options.hard ? 'SIGKILL' : 'SIGTERM');
    await exited;
  };
  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    start,
    stop,
    dispose: async () => {
      await stop();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

async function startContainer(): Promise<TestNats> {
  const { NatsContainer } = await import('@testcontainers/nats');
  const container = await new NatsContainer('nats:2.12-alpine').withJetStream().start();
  const url = `nats://${container.getHost()}:${container.getMappedPort(4222)}`;
  return {
    url,
    stop: async () => {
      await container.stop({ remove: false });
    },
    start: async () => {
      await container.restart();
    },
    dispose: async () => {
      await container.stop();
    },
  };
}
