'use strict';
/**
 * Catalogue read benchmark: starts a throwaway database, a private NATS server, the catalog service
 * and the gateway from their built `dist`, plus a minimal Fastify + pg server over the same
 * database, then measures the skill page and a typo search through both with autocannon and
 * prints requests/s, p50/p99 latency and the gateway/direct throughput ratio.
 *
 * Run with `npm run bench:catalog` (it builds first). Settings: BENCH_DURATION (s, default 10),
 * BENCH_CONNECTIONS (default 20), DATABASE_URL (server to create the database on).
 */
const { spawn, spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { randomBytes } = require('node:crypto');
const autocannon = require('autocannon');
const { Client } = require('pg');

const ROOT = resolve(__dirname, '../..');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SEARCH = '/skills?q=machne%20lerning';

const children = [];

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function withDatabase(url, name) {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

async function adminQuery(sql) {
  const client = new Client({ connectionString: withDatabase(SERVER_URL, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function start(name, script, env) {
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('exit', (code) => {
    if (code !== null && code !== 0 && !child.stopping) console.error(`${name} exited with ${code}`);
  });
  children.push(child);
  return child;
}

async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function measure(label, url) {
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  const failed = result.non2xx + result.errors + result.timeouts;
  return {
    label,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed,
  };
}

async function main() {
  const database = `bench_catalog_${randomBytes(4).toString('hex')}`;
  const databaseUrl = withDatabase(SERVER_URL, database);
  await adminQuery(`CREATE DATABASE "${database}"`);
  const natsDir = mkdtempSync(join(tmpdir(), 'bench-nats-'));
  try {
    const [natsPort, catalogPort, gatewayPort, directPort] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ]);
    if (spawnSync('nats-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
      throw new Error('The benchmark needs nats-server on PATH');
    }
    const nats = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(natsPort), '-js', '-sd', natsDir], {
      stdio: 'ignore',
    });
    children.push(nats);
    const natsUrl = `nats://127.0.0.1:${natsPort}`;

    start('catalog', 'services/catalog/dist/main.js', {
      PORT: String(catalogPort),
      DATABASE_URL: databaseUrl,
      NATS_URL: natsUrl,
    });
    start('gateway', 'gateway/dist/main.js', {
      PORT: String(gatewayPort),
      NATS_URL: natsUrl,
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    const gateway = `http://127.0.0.1:${gatewayPort}/v1`;
    await waitFor(`${gateway}/skills/machine-learning`);
    start('direct', 'bench/catalog/direct-server.js', { PORT: String(directPort), DATABASE_URL: databaseUrl });
    const direct = `http://127.0.0.1:${directPort}`;
    await waitFor(`${direct}/skills/machine-learning`);

    console.log(`Catalogue reads, ${CONNECTIONS} connections, ${DURATION} s each (after a 2 s warm-up)\n`);
    const results = [];
    for (const [label, url] of [
      ['gateway  GET /v1/skills/machine-learning', `${gateway}/skills/machine-learning`],
      ['direct   GET /skills/machine-learning', `${direct}/skills/machine-learning`],
      [`gateway  GET /v1${SEARCH}`, `${gateway}${SEARCH}`],
      [`direct   GET ${SEARCH}`, `${direct}${SEARCH}`],
    ]) {
      const result = await measure(label, url);
      results.push(result);
      console.log(
        `${result.label.padEnd(48)} ${result.rps.toFixed(0).padStart(7)} req/s   p50 ${String(result.p50).padStart(3)} ms` +
          `   p99 ${String(result.p99).padStart(3)} ms${result.failed ? `   (${result.failed} failed)` : ''}`,
      );
    }
    const ratio = (gatewayResult, directResult) => ((100 * gatewayResult.rps) / directResult.rps).toFixed(0);
    console.log(`\nskill page: gateway at ${ratio(results[0], results[1])}% of the direct server's throughput`);
    console.log(`search:     gateway at ${ratio(results[2], results[3])}% of the direct server's throughput`);
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.stopping = true;
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
      ),
    );
    rmSync(natsDir, { recursive: true, force: true });
    await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
