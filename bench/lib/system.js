'use strict';
/**
 * Starts the whole system with scripts/start.js for a benchmark, on a NATS server of its own and
 * databases unique to the run, and reports the memory of every process it runs.
 */
const { spawn, execFileSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');

const ROOT = join(__dirname, '..', '..');
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startNats() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'skillproof-bench-nats-'));
  const child = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dir], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    url: `nats://127.0.0.1:${port}`,
    pid: child.pid,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startSystem(extraEnv = {}) {
  const nats = await startNats();
  const port = await freePort();
  const prefix = `bench_${Date.now().toString(36)}`;
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.js')], {
    env: {
      ...process.env,
      DATABASE_URL: SERVER_URL,
      DATABASE_PREFIX: prefix,
      NATS_URL: nats.url,
      PORT: String(port),
      SERVICE_PORT_BASE: '0',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => chunk.toString().includes('skillproof | Ready in') && resolve());
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    startupMs: Date.now() - started,
    natsPid: nats.pid,
    pid: child.pid,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      nats.stop();
      await dropDatabases(prefix);
    },
  };
}

/** Resident memory of the processes started by `npm start` (and NATS), in MiB, by name. */
function memoryOf(system) {
  const lines = execFileSync('ps', ['--ppid', String(system.pid), '-o', 'rss=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n');
  const result = {};
  for (const line of lines) {
    const [, rss, args] = /^\s*(\d+)\s+(.*)$/.exec(line) ?? [];
    if (!rss) continue;
    const name = /(services\/([a-z]+)|gateway)\/dist/.exec(args);
    const key = name ? (name[2] ?? 'gateway') : args.slice(0, 30);
    result[key] = (result[key] ?? 0) + Number(rss) / 1024;
  }
  const nats = execFileSync('ps', ['-o', 'rss=', '-p', String(system.natsPid)], { encoding: 'utf8' }).trim();
  if (nats) result['nats-server'] = Number(nats) / 1024;
  return result;
}

async function dropDatabases(prefix) {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}\\_%`]);
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await client.end();
}

module.exports = { startSystem, memoryOf, freePort };
