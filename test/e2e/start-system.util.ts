import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePort, startTestNats, testDatabaseServerUrl, type TestNats } from '@skillproof/testing';
import { Client } from 'pg';

export interface RunningSystem {
  baseUrl: string;
  nats: TestNats;
  /** Every line the system printed so far (npm start's prefixed log format). */
  logs: string[];
  startupMs: number;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

/**
 * Starts the whole system exactly as `npm start` does (scripts/start.js on the built code), on a
 * private NATS server and databases unique to this run, and resolves once the gateway is ready.
 */
export async function startSystem(extraEnv: Record<string, string> = {}): Promise<RunningSystem> {
  const [nats, serverUrl, gatewayPort] = await Promise.all([startTestNats(), testDatabaseServerUrl(), freePort()]);
  const prefix = `e2e_${randomBytes(3).toString('hex')}`;
  const logs: string[] = [];
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts', 'start.js')], {
    env: {
      ...process.env,
      DATABASE_URL: serverUrl,
      DATABASE_PREFIX: prefix,
      NATS_URL: nats.url,
      PORT: String(gatewayPort),
      // Services serve only health and metrics over HTTP; the gateway reaches them over NATS.
      SERVICE_PORT_BASE: '0',
      LOG_FORMAT: 'json',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer): void => void logs.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await nats.dispose();
    await dropDatabases(serverUrl, prefix);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`system not ready in 120 s:\n${logs.slice(-40).join('\n')}`)),
        120_000,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('skillproof | Ready in')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited with ${code}:\n${logs.slice(-40).join('\n')}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl: `http://127.0.0.1:${gatewayPort}`, nats, logs, startupMs: Date.now() - started, stop };
}

async function dropDatabases(serverUrl: string, prefix: string): Promise<void> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${prefix}\\_%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
