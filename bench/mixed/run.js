'use strict';
/**
 * Mixed workload through the gateway: the system is started as `npm start` starts it, every route is
 * driven on its own for a few seconds, then all together, and the memory of every process is read
 * four times: idle once started, idle again after the bench's sign-ups (which warm every process,
 * and profiles' scrypt most), right after the load, and idle again once the load has stopped.
 * Prints requests/s and p50/p99 per route, and each figure the issue sets a target for: ready time
 * (on a restart, as `npm start` finds its databases), GET /v1/me throughput, idle memory per
 * service, total memory.
 */
const autocannon = require('autocannon');
const { startSystem, memoryOf } = require('../lib/system');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
/** Signed-in candidates whose tokens GET /v1/me takes turns with, so no cache of the answer is one hot entry. */
const USERS = Number(process.env.BENCH_USERS ?? 100);
/** Registrations under way at once: each hashes a password with scrypt, so more only queue. */
const REGISTRATIONS_AT_ONCE = 4;
/**
 * How long the system is left alone before its idle memory is read: start-up's tail settles, and a
 * process that has gone quiet gives back what it grew by (libs/platform's IdleCollector).
 */
const SETTLE_MS = 5_000;

const seconds = (ms) => (ms / 1000).toFixed(1);

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

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

async function candidateTokens(baseUrl, count) {
  const run = Date.now().toString(36);
  const tokens = [];
  const register = async (index) => {
    const account = await json(`${baseUrl}/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `bench-${run}-${index}@example.com`,
        password: 'bench password 123',
        name: `Bench ${index}`,
        role: 'candidate',
      }),
    });
    tokens[index] = account.accessToken;
  };
  for (let first = 0; first < count; first += REGISTRATIONS_AT_ONCE) {
    const batch = [];
    for (let index = first; index < Math.min(first + REGISTRATIONS_AT_ONCE, count); index += 1) {
      batch.push(register(index));
    }
    await Promise.all(batch);
  }
  return tokens;
}

/** A route as autocannon takes it; a key present but undefined would replace autocannon's default. */
function requestOf({ name: _name, ...request }) {
  return Object.fromEntries(Object.entries({ method: 'GET', ...request }).filter(([, value]) => value !== undefined));
}

/** Gives each request the next user's token in turn, across all connections. */
function rotatingAuthorization(tokens) {
  let next = 0;
  return (request) => {
    const token = tokens[next];
    next = (next + 1) % tokens.length;
    return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
  };
}

async function main() {
  const system = await startSystem();
  try {
    const restartMs = await system.restart();
    await settle();
    const started = memoryOf(system);
    const tokens = await candidateTokens(system.baseUrl, USERS);
    const me = await json(`${system.baseUrl}/v1/me`, { headers: { authorization: `Bearer ${tokens[0]}` } });
    const routes = [
      { name: 'GET /v1/skills/:slug', path: '/v1/skills/machine-learning' },
      { name: 'GET /v1/skills?q=', path: '/v1/skills?q=machne%20lerning' },
      { name: 'GET /v1/careers', path: '/v1/careers' },
      { name: 'GET /v1/challenges', path: '/v1/challenges?skill=machine-learning' },
      { name: 'GET /v1/jobs', path: '/v1/jobs?skill=machine-learning' },
      { name: 'GET /v1/me (JWT)', path: '/v1/me', setupRequest: rotatingAuthorization(tokens) },
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
    await settle();
    const idle = memoryOf(system);
    console.log(
      `System ready in ${seconds(system.startupMs)} s on new databases, ${seconds(restartMs)} s started again on them; candidate ${me.user?.id ?? ''}`,
    );
    console.log(`${SECONDS} s per route, ${CONNECTIONS} connections; GET /v1/me as ${USERS} users in turn\n`);
    console.log('route                              req/s    p50 ms   p99 ms   non-2xx');
    const measured = {};
    for (const route of routes) {
      const requests = [requestOf(route)];
      // A short unmeasured run first, so the first route does not pay for every process's warm-up.
      await run({ url: system.baseUrl, requests, duration: 1 });
      const result = await run({ url: system.baseUrl, requests });
      measured[route.name] = result;
      console.log(
        `${route.name.padEnd(32)} ${String(Math.round(result.requests.average)).padStart(7)} ${String(result.latency.p50).padStart(9)} ${String(result.latency.p99).padStart(8)} ${String(result.non2xx).padStart(9)}`,
      );
    }
    const mixed = await run({ url: system.baseUrl, requests: routes.map(requestOf) });
    console.log(
      `${'mixed (all of the above)'.padEnd(32)} ${String(Math.round(mixed.requests.average)).padStart(7)} ${String(mixed.latency.p50).padStart(9)} ${String(mixed.latency.p99).padStart(8)} ${String(mixed.non2xx).padStart(9)}`,
    );
    const memory = memoryOf(system);
    await settle();
    const rested = memoryOf(system);
    const total = (byProcess) => Object.values(byProcess).reduce((sum, mib) => sum + mib, 0);
    const column = (mib) => mib.toFixed(0).padStart(8);
    const columns = (of) => [started, idle, memory, rested].map((reading) => column(of(reading) ?? 0)).join('');
    console.log('\nMemory (MiB), idle once started, idle after the sign-ups, right after the run, idle after the run');
    console.log('                              resident                          proportional (PSS)');
    for (const name of Object.keys(memory.rss)) {
      console.log(
        `  ${name.padEnd(20)} ${columns((reading) => reading.rss[name])}  ${columns((reading) => reading.pss[name])}`,
      );
    }
    console.log(
      `  ${'total'.padEnd(20)} ${columns((reading) => total(reading.rss))}  ${columns((reading) => total(reading.pss))}`,
    );

    const verdict = (ok) => (ok ? 'met' : 'NOT met');
    const meRate = measured['GET /v1/me (JWT)'].requests.average;
    const largest = (byProcess) =>
      Object.entries(byProcess)
        .filter(([name]) => name !== 'nats-server')
        .sort((a, b) => b[1] - a[1])[0];
    const largestStarted = largest(started.rss);
    const largestIdle = largest(idle.rss);
    const largestIdlePss = largest(idle.pss);
    const largestRested = largest(rested.rss);
    console.log('\nTargets (issue 17):');
    console.log(
      `  npm start ready          ${seconds(restartMs)} s (≤ 5 s: ${verdict(restartMs <= 5_000)}); the first start, which creates and migrates the databases, ${seconds(system.startupMs)} s`,
    );
    console.log(`  GET /v1/me               ${Math.round(meRate)} req/s (≥ 1,500: ${verdict(meRate >= 1_500)})`);
    console.log(
      `  largest idle process     once started: ${largestStarted[0]} ${largestStarted[1].toFixed(0)} MiB (each ≤ 100 MiB: ${verdict(largestStarted[1] <= 100)})`,
    );
    console.log(
      `                           after the sign-ups: ${largestIdle[0]} ${largestIdle[1].toFixed(0)} MiB (each ≤ 100 MiB: ${verdict(largestIdle[1] <= 100)})`,
    );
    console.log(
      `                           after the run: ${largestRested[0]} ${largestRested[1].toFixed(0)} MiB (each ≤ 100 MiB: ${verdict(largestRested[1] <= 100)})`,
    );
    console.log(
      `                           by PSS, after the sign-ups: ${largestIdlePss[0]} ${largestIdlePss[1].toFixed(0)} MiB (the node binary's shared pages split between the processes)`,
    );
    console.log(
      `  stack after the run      ${total(memory.rss).toFixed(0)} MiB (≤ 1,024 MiB: ${verdict(total(memory.rss) <= 1_024)}); by PSS ${total(memory.pss).toFixed(0)} MiB`,
    );
  } finally {
    await system.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
