'use strict';
/**
 * Catalogue read benchmark: starts throwaway databases, a private NATS server, the catalog,
 * challenges and jobs services and the gateway from their built `dist`, plus a minimal Fastify + pg
 * server over the same databases, posts a few open positions, then measures with autocannon the
 * skill page (with its open challenges and positions), the same page asked conditionally
 * (If-None-Match, answered 304 by the gateway) and a typo search, and prints requests/s, p50/p99
 * latency, the gateway/direct ratios against the issue's targets, and whether both servers gave the
 * same rows in the same order.
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

async function measure(label, url, headers = {}, expected = 200) {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  const answered = result.statusCodeStats[String(expected)]?.count ?? 0;
  const failed = result.requests.total - answered + result.errors + result.timeouts;
  return {
    label,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed,
  };
}

/** Open positions for the skill page, written as the jobs service stores them. */
async function postPositions(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let index = 1; index <= 3; index += 1) {
      await client.query(
        `INSERT INTO jobs (company_id, company_name, title, description, location, remote, salary, skills)
         VALUES (gen_random_uuid(), $1, $2, 'Train and ship models for a bench.', 'Remote', true,
                 '{"min": 90000, "max": 130000, "currency": "EUR"}', '[{"skill": "machine-learning", "minScore": 60}]')`,
        [`Bench Company ${index}`, `ML engineer ${index}`],
      );
    }
  } finally {
    await client.end();
  }
}

async function json(url) {
  const response = await fetch(url);
  return { etag: response.headers.get('etag'), body: await response.json() };
}

const ids = (list) => list.map((entry) => entry.id ?? entry.slug).join(',');

async function main() {
  const run = randomBytes(4).toString('hex');
  const names = ['catalog', 'challenges', 'jobs'].map((service) => `bench_${service}_${run}`);
  for (const name of names) await adminQuery(`CREATE DATABASE "${name}"`);
  const [catalogUrl, challengesUrl, jobsUrl] = names.map((name) => withDatabase(SERVER_URL, name));
  const natsDir = mkdtempSync(join(tmpdir(), 'bench-nats-'));
  try {
    const [natsPort, catalogPort, challengesPort, jobsPort, gatewayPort, directPort] = await Promise.all(
      Array.from({ length: 6 }, freePort),
    );
    if (spawnSync('nats-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
      throw new Error('The benchmark needs nats-server on PATH');
    }
    const nats = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(natsPort), '-js', '-sd', natsDir], {
      stdio: 'ignore',
    });
    children.push(nats);
    const natsUrl = `nats://127.0.0.1:${natsPort}`;

    for (const [service, port, databaseUrl] of [
      ['catalog', catalogPort, catalogUrl],
      ['challenges', challengesPort, challengesUrl],
      ['jobs', jobsPort, jobsUrl],
    ]) {
      start(service, `services/${service}/dist/bundle/main.js`, {
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        NATS_URL: natsUrl,
      });
    }
    await Promise.all(
      [catalogPort, challengesPort, jobsPort].map((port) => waitFor(`http://127.0.0.1:${port}/health/ready`)),
    );
    await postPositions(jobsUrl);
    start('gateway', 'gateway/dist/bundle/main.js', {
      PORT: String(gatewayPort),
      NATS_URL: natsUrl,
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    const gateway = `http://127.0.0.1:${gatewayPort}/v1`;
    await waitFor(`${gateway}/skills/machine-learning`);
    start('direct', 'bench/catalog/direct-server.js', {
      PORT: String(directPort),
      DATABASE_URL: catalogUrl,
      CHALLENGES_DATABASE_URL: challengesUrl,
      JOBS_DATABASE_URL: jobsUrl,
    });
    const direct = `http://127.0.0.1:${directPort}`;
    await waitFor(`${direct}/skills/machine-learning`);

    const [gatewayPage, directPage, gatewaySearch, directSearch] = await Promise.all([
      json(`${gateway}/skills/machine-learning`),
      json(`${direct}/skills/machine-learning`),
      json(`${gateway}${SEARCH}`),
      json(`${direct}${SEARCH}`),
    ]);
    const samePage =
      ids(gatewayPage.body.openChallenges) === ids(directPage.body.openChallenges) &&
      ids(gatewayPage.body.openPositions) === ids(directPage.body.openPositions);
    const sameSearch = ids(gatewaySearch.body.items) === ids(directSearch.body.items);
    console.log(
      `Skill page rows: ${gatewayPage.body.openChallenges.length} open challenges, ` +
        `${gatewayPage.body.openPositions.length} open positions; same rows as the direct server: ${samePage ? 'yes' : 'NO'}`,
    );
    console.log(`Search results in the same order as the direct server: ${sameSearch ? 'yes' : 'NO'}`);
    console.log(`Catalogue reads, ${CONNECTIONS} connections, ${DURATION} s each (after a 2 s warm-up)\n`);
    const results = [];
    for (const [label, url, headers, expected] of [
      ['gateway  GET /v1/skills/machine-learning', `${gateway}/skills/machine-learning`],
      ['direct   GET /skills/machine-learning', `${direct}/skills/machine-learning`],
      [
        'gateway  same, If-None-Match (304)',
        `${gateway}/skills/machine-learning`,
        { 'if-none-match': gatewayPage.etag },
        304,
      ],
      [`gateway  GET /v1${SEARCH}`, `${gateway}${SEARCH}`],
      [`direct   GET ${SEARCH}`, `${direct}${SEARCH}`],
    ]) {
      const result = await measure(label, url, headers, expected);
      results.push(result);
      console.log(
        `${result.label.padEnd(48)} ${result.rps.toFixed(0).padStart(7)} req/s   p50 ${String(result.p50).padStart(3)} ms` +
          `   p99 ${String(result.p99).padStart(3)} ms${result.failed ? `   (${result.failed} failed)` : ''}`,
      );
    }
    const [page, directPageResult, conditional, search, directSearchResult] = results;
    const ratio = (gatewayResult, directResult) => gatewayResult.rps / directResult.rps;
    const verdict = (ok) => (ok ? 'met' : 'NOT met');
    const pageRatio = ratio(page, directPageResult);
    const searchRatio = ratio(search, directSearchResult);
    console.log(
      `\nskill page:  gateway at ${(100 * pageRatio).toFixed(0)}% of the direct server (target ≥ 100%: ${verdict(pageRatio >= 1)}),` +
        ` p99 ${page.p99} ms (target ≤ 20 ms: ${verdict(page.p99 <= 20)})`,
    );
    console.log(
      `conditional: ${conditional.rps.toFixed(0)} req/s answered 304, ${(100 * ratio(conditional, directPageResult)).toFixed(0)}% of the direct server's full page`,
    );
    console.log(
      `search:      gateway at ${(100 * searchRatio).toFixed(0)}% of the direct server (target ≥ 90%: ${verdict(searchRatio >= 0.9)})`,
    );
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
    for (const name of names) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
