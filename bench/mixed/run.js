'use strict';
/**
 * Mixed workload through the gateway: the system is started as `npm start` starts it, every route is
 * driven on its own for a few seconds, then all together, and the memory of every process is read.
 * Prints requests/s and p50/p99 per route.
 */
const autocannon = require('autocannon');
const { startSystem, memoryOf } = require('../lib/system');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url} → ${response.status}: ${await response.text()}`);
  return response.json();
}

async function candidateToken(baseUrl) {
  const account = await json(`${baseUrl}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `bench-${Date.now()}@example.com`,
      password: 'bench password 123',
      name: 'Bench',
      role: 'candidate',
    }),
  });
  return account.accessToken;
}

async function main() {
  const system = await startSystem();
  try {
    const token = await candidateToken(system.baseUrl);
    const me = await json(`${system.baseUrl}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    const routes = [
      { name: 'GET /v1/skills/:slug', path: '/v1/skills/machine-learning' },
      { name: 'GET /v1/skills?q=', path: '/v1/skills?q=machne%20lerning' },
      { name: 'GET /v1/careers', path: '/v1/careers' },
      { name: 'GET /v1/challenges', path: '/v1/challenges?skill=machine-learning' },
      { name: 'GET /v1/jobs', path: '/v1/jobs?skill=machine-learning' },
      { name: 'GET /v1/me (JWT)', path: '/v1/me', headers: { authorization: `Bearer ${token}` } },
      { name: 'GET /v1/profiles/:handle', path: '/v1/profiles/maya-okafor' },
      {
        name: 'POST /v1/career-match',
        path: '/v1/career-match',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          skills: [
            { skill: 'python', level: 4 },
            { skill: 'machine-learning', level: 3 },
          ],
        }),
      },
    ];
    console.log(`System ready in ${(system.startupMs / 1000).toFixed(1)} s; candidate ${me.user?.id ?? ''}`);
    console.log(`${SECONDS} s per route, ${CONNECTIONS} connections\n`);
    console.log('route                              req/s    p50 ms   p99 ms   non-2xx');
    for (const route of routes) {
      const request = { method: route.method ?? 'GET', headers: route.headers, body: route.body };
      // A short unmeasured run first, so the first route does not pay for every process's warm-up.
      await run({ url: `${system.baseUrl}${route.path}`, ...request, duration: 1 });
      const result = await run({ url: `${system.baseUrl}${route.path}`, ...request });
      console.log(
        `${route.name.padEnd(32)} ${String(Math.round(result.requests.average)).padStart(7)} ${String(result.latency.p50).padStart(9)} ${String(result.latency.p99).padStart(8)} ${String(result.non2xx).padStart(9)}`,
      );
    }
    const mixed = await run({
      url: system.baseUrl,
      requests: routes.map((route) => ({
        path: route.path,
        method: route.method ?? 'GET',
        headers: route.headers,
        body: route.body,
      })),
    });
    console.log(
      `${'mixed (all of the above)'.padEnd(32)} ${String(Math.round(mixed.requests.average)).padStart(7)} ${String(mixed.latency.p50).padStart(9)} ${String(mixed.latency.p99).padStart(8)} ${String(mixed.non2xx).padStart(9)}`,
    );
    console.log('\nResident memory after the run (MiB):');
    const memory = memoryOf(system);
    for (const [name, mib] of Object.entries(memory)) console.log(`  ${name.padEnd(12)} ${mib.toFixed(0).padStart(6)}`);
    console.log(
      `  ${'total'.padEnd(12)} ${Object.values(memory)
        .reduce((sum, mib) => sum + mib, 0)
        .toFixed(0)
        .padStart(6)}`,
    );
  } finally {
    await system.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
