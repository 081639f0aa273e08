'use strict';
/**
 * `npm run bench`: every benchmark, one after the other on a quiet machine, each printing its own
 * figures — the catalogue read path against a direct Fastify + pg server, grading throughput, webhook
 * fan-out, and a mixed workload through the gateway with the memory of every process.
 */
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const BENCHMARKS = [
  ['catalogue', 'catalog/run.js'],
  ['grading', 'grading/bench.js'],
  ['webhooks', 'webhooks/run.js'],
  ['mixed workload', 'mixed/run.js'],
];

let failed = 0;
for (const [name, script] of BENCHMARKS) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, [join(__dirname, script)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.log(`${name} failed with exit code ${result.status}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
