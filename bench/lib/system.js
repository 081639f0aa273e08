'use strict';
/**
 * Starts the whole system with scripts/start.js for a benchmark, on a NATS server of its own and
 * databases unique to the run, and reports the memory of every process it runs.
 */
const { spawn, execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
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
  const env = {
    ...process.env,
    DATABASE_URL: SERVER_URL,
    DATABASE_PREFIX: prefix,
    NATS_URL: nats.url,
    PORT: String(port),
    SERVICE_PORT_BASE: '0',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...extraEnv,
  };
  let stack = await launch(env);
  const stopStack = async () => {
    const exited = new Promise((resolve) => stack.child.once('exit', resolve));
    stack.child.kill('SIGTERM');
    await exited;
  };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    /** The first start: it creates and migrates the run's databases. */
    startupMs: stack.startupMs,
    natsPid: nats.pid,
    get pid() {
      return stack.child.pid;
    },
    /** Stops every process and starts them again on the same databases; how long until ready. */
    async restart() {
      await stopStack();
      stack = await launch(env);
      return stack.startupMs;
    },
    async stop() {
      await stopStack();
      nats.stop();
      await dropDatabases(prefix);
    },
  };
}

/** Runs scripts/start.js as `npm start` does, until it says it is ready. */
async function launch(env) {
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => chunk.toString().includes('skillproof | Ready in') && resolve());
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
  });
  return { child, startupMs: Date.now() - started };
}

/**
 * Memory of the processes started by `npm start` (and NATS), in MiB, by name: `rss` is resident
 * memory as `ps` shows it, `pss` the proportional share (Linux smaps_rollup), which splits pages the
 * processes share, such as the node binary's, between them instead of counting them in each.
 */
function memoryOf(system) {
  const lines = execFileSync('ps', ['--ppid', String(system.pid), '-o', 'pid=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n');
  const rss = {};
  const pss = {};
  const add = (key, pid) => {
    const rollup = readRollup(pid);
    rss[key] = (rss[key] ?? 0) + rollup.Rss / 1024;
    pss[key] = (pss[key] ?? 0) + rollup.Pss / 1024;
  };
  for (const line of lines) {
    const [, pid, args] = /^\s*(\d+)\s+(.*)$/.exec(line) ?? [];
    if (!pid) continue;
    const name = /(services\/([a-z]+)|gateway)\/dist/.exec(args);
    add(name ? (name[2] ?? 'gateway') : args.slice(0, 30), pid);
  }
  add('nats-server', system.natsPid);
  return { rss, pss };
}

/** The kB fields of /proc/<pid>/smaps_rollup (Rss, Pss, …). */
function readRollup(pid) {
  const fields = {};
  for (const line of readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').split('\n')) {
    const match = /^(\w+):\s+(\d+) kB$/.exec(line);
    if (match) fields[match[1]] = Number(match[2]);
  }
  return fields;
}

async function dropDatabases(prefix) {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}\\_%`]);
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await client.end();
}

module.exports = { startSystem, memoryOf, freePort };
