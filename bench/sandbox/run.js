'use strict';
/**
 * Grades code submissions in the sandbox engine of one grading replica and reports, per language:
 * graded submissions per second (closed loop, as many in flight as workers), p50/p99 time from
 * submission to graded, the same at a fixed arrival rate (open loop), and the memory of a worker.
 *
 *   npm run bench:sandbox
 *   BENCH_JS_SUBMISSIONS=200 BENCH_PY_SUBMISSIONS=20 BENCH_POOL=2 BENCH_PY_RATE=2 npm run bench:sandbox
 *
 * Targets (issue 13): JavaScript >= 50 submissions/s with 10 tests each; Python >= 5/s; Python p99
 * <= 3 s at 2 submissions/s.
 */
const { availableParallelism, loadavg } = require('node:os');
const { SandboxEngine } = require('../../services/grading/dist/sandbox');

const POOL = Number(process.env.BENCH_POOL ?? availableParallelism());
const JS_SUBMISSIONS = Number(process.env.BENCH_JS_SUBMISSIONS ?? 200);
const PY_SUBMISSIONS = Number(process.env.BENCH_PY_SUBMISSIONS ?? 20);
const PY_RATE = Number(process.env.BENCH_PY_RATE ?? 2);
const TESTS = 10;
const LIMITS = { timeMs: 2_000, memoryMb: 128, outputBytes: 65_536 };

/** Ten tests of a small but real function: sorting and de-duplicating a list. */
function spec(language) {
  const tests = Array.from({ length: TESTS }, (_, index) => {
    const values = Array.from({ length: 20 + index * 5 }, (_, i) => (i * 7919 + index) % 50);
    return {
      name: `case ${index}`,
      args: [values],
      expected: [...new Set(values)].sort((a, b) => a - b),
      weight: 1,
      hidden: index >= 3,
    };
  });
  return { language, entryPoint: 'solve', tests, limits: LIMITS };
}

const SOURCES = {
  javascript: 'function solve(values) { return [...new Set(values)].sort((a, b) => a - b); }',
  python: 'def solve(values):\n    return sorted(set(values))\n',
};

function percentile(sorted, p) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)) };
}

async function gradeOne(engine, language, timings) {
  const started = performance.now();
  const result = await engine.runSubmission(spec(language), SOURCES[language]);
  const total = performance.now() - started;
  if (result.score !== 100) throw new Error(`a ${language} submission scored ${result.score}`);
  timings.push({ total, inTests: result.tests.reduce((sum, test) => sum + test.timeMs, 0) });
}

/** As many submissions in flight as the pool has workers: the most one replica can grade. */
async function closedLoop(engine, language, count) {
  const timings = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: POOL }, async () => {
      while (next < count) {
        next += 1;
        await gradeOne(engine, language, timings);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: count / seconds, timings };
}

/** Submissions arriving at a fixed rate, whatever the engine's speed: the latency a candidate sees. */
async function openLoop(engine, language, count, rate) {
  const timings = [];
  const pending = [];
  for (let index = 0; index < count; index += 1) {
    pending.push(gradeOne(engine, language, timings));
    await new Promise((resolve) => setTimeout(resolve, 1000 / rate));
  }
  await Promise.all(pending);
  return timings;
}

function report(label, timings, perSecond) {
  const totals = summary(timings.map((timing) => timing.total));
  const inTests = timings.reduce((sum, timing) => sum + timing.inTests, 0) / timings.length;
  const mean = timings.reduce((sum, timing) => sum + timing.total, 0) / timings.length;
  console.log(
    `${label}: ${perSecond === undefined ? '' : `${perSecond.toFixed(1)} submissions/s, `}p50 ${totals.p50} ms, ` +
      `p99 ${totals.p99} ms; of a mean ${Math.round(mean)} ms, ${Math.round(inTests)} ms ran candidate code`,
  );
}

function memory(engine) {
  return Object.entries(engine.memory())
    .map(([language, sizes]) => `${language} ${sizes.map((bytes) => `${Math.round(bytes / 2 ** 20)} MiB`).join(', ')}`)
    .join('; ');
}

async function main() {
  const engine = SandboxEngine.create({ poolSize: POOL });
  console.log(
    `sandbox bench: ${POOL} worker(s) per language, wall ${engine.wall}, ${TESTS} tests per submission, ` +
      `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
  );
  try {
    let started = performance.now();
    await engine.warm(['javascript', 'python']);
    console.log(`warm-up (workers started, Python snapshot made): ${Math.round(performance.now() - started)} ms`);

    await closedLoop(engine, 'javascript', Math.min(20, JS_SUBMISSIONS));
    const js = await closedLoop(engine, 'javascript', JS_SUBMISSIONS);
    report(`JavaScript, ${JS_SUBMISSIONS} submissions`, js.timings, js.perSecond);

    const py = await closedLoop(engine, 'python', PY_SUBMISSIONS);
    report(`Python, ${PY_SUBMISSIONS} submissions`, py.timings, py.perSecond);
    started = performance.now();
    const paced = await openLoop(engine, 'python', PY_SUBMISSIONS, PY_RATE);
    report(`Python at ${PY_RATE} submissions/s`, paced);
    console.log(`open loop took ${Math.round(performance.now() - started)} ms`);
    console.log(`worker memory (resident, idle): ${memory(engine)}`);
  } finally {
    await engine.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
