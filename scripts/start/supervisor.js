'use strict';
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const readline = require('node:readline');
const { createLineFormatter } = require('./log-format');

/**
 * V8 flags of every process but grading's (below); the Dockerfile, docker-compose.yml and the
 * manifests under deploy/ run the same (deploy/test/manifests.spec.ts holds them to `nodeFlagsOf`).
 *
 * - 2 MiB semi-spaces: V8 lets the young generation grow to 64 MiB per process (two 32 MiB
 *   semi-spaces) under load and keeps it; that was 64 of an idle service's 105 MiB heap.
 * - Old generation grown by 35 % over what survives a full collection: V8's own factor reaches 4x
 *   on small heaps, so after 20,000 mixed requests the gateway's heap was 200 MiB for 66 MiB alive
 *   and the stack went from 840 to 1,190 MiB resident; a forced collection then freed the objects
 *   but not the resident pages. With 1.35x the stack ended at 910-960 MiB, with 1.5x at 940-980,
 *   both for the CPU of V8's own factor (26-33 s in all processes, from run to run); 1.2x saved
 *   about 60 MiB more for 25 % more CPU, `--optimize-for-size` 70-110 MiB more for 30-45 % more
 *   CPU, and `MALLOC_ARENA_MAX=2` nothing (README, Benchmarks).
 * - One V8 worker thread instead of four: V8 compiles and marks on them, and glibc gives each thread a
 *   malloc arena of its own, which kept what the compilations freed. After the mixed bench the
 *   gateway's four held 28.6 MiB (27 of it free); malloc_trim (libs/platform's IdleCollector) gives
 *   back whole free pages but not the partial ones around what stays, 7 MiB over four arenas, 1.5
 *   MiB in one. Idle after the bench, with the trim: gateway 100 MiB against 106, services 87-91
 *   against 92-97. The mixed run was no slower on two cores (1,157-1,518 req/s in five runs against
 *   1,165-1,274 in three).
 * - `gc()`, for the full collections `runApp` (libs/platform's IdleCollector) runs when a process
 *   goes quiet, after start-up and after traffic, so that an idle process does not keep the garbage
 *   of either. The flag is part of V8's flag hash, so the compile cache is warmed with it too;
 *   adding it through NODE_OPTIONS alone would make every process compile its bundle from source
 *   (about 20 MiB more each).
 */
const NODE_FLAGS = ['--v8-pool-size=1', '--max-semi-space-size=2', '--heap-growing-percent=35', '--expose-gc'];

/**
 * A grading replica takes its work in bursts (a wave of model answers, each parsed, recorded and
 * followed by the next call), and with 2 MiB semi-spaces a tenth of its CPU went to scavenges in
 * them. With 4 MiB the 2 s grading bench (2 replicas x 100, 1,000 submissions) gave 95.2-95.9 % of
 * ideal in five runs against 94.9-95.5 % in eight; 8 MiB gave no more (95.1-95.9 % in twelve). The
 * price is about 5 MiB resident, idle (the young generation grows at start-up and stays) and under
 * load alike: 109-111 against 105-106 MiB idle, 172-176 against 160-173 MiB in the bench. It keeps
 * V8's four worker threads: its bench is tuned on them, and with them it now idles at 88-93 MiB
 * after the mixed bench (the idle collections and their malloc trim).
 */
const GRADING_NODE_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=35', '--expose-gc'];
const GRADING_BUNDLE = join('services', 'grading', 'dist', 'bundle', 'main.js');

/** The V8 flags of the process that runs the bundle at `script`. */
function nodeFlagsOf(script) {
  return script.endsWith(GRADING_BUNDLE) ? GRADING_NODE_FLAGS : NODE_FLAGS;
}

/**
 * Node's on-disk compile cache: loading a service's modules (Nest, TypeORM, class-validator, the
 * contracts: about 1,400 files) took 2.2-2.4 s of CPU per process here, 1.8-2.0 s with the cache
 * warm, and six processes load at once on two cores when `npm start` begins. An operator's own
 * NODE_COMPILE_CACHE wins.
 */
const COMPILE_CACHE = join(__dirname, '..', '..', 'node_modules', '.cache', 'node-compile-cache');

const RESTART_DELAY_MS = 1_000;
const MAX_RESTARTS_PER_MINUTE = 5;
const STOP_GRACE_MS = 10_000;

/**
 * Runs the processes of the system with prefixed logs. A process that dies unexpectedly is
 * restarted (a crash must lose nothing, so coming back is always safe); one that keeps crashing
 * stops the whole system with its name in the message.
 */
class Supervisor {
  constructor(onFatal) {
    this.onFatal = onFatal;
    this.processes = [];
    this.stopping = false;
  }

  add({ name, script, env }) {
    const entry = { name, script, env, child: undefined, crashes: [] };
    this.processes.push(entry);
    return entry;
  }

  startAll() {
    const width = Math.max(...this.processes.map((entry) => entry.name.length));
    this.processes.forEach((entry, index) => {
      entry.format = createLineFormatter(entry.name, index, width);
      this.spawn(entry);
    });
  }

  spawn(entry) {
    const child = spawn(process.execPath, [...nodeFlagsOf(entry.script), entry.script], {
      env: { NODE_COMPILE_CACHE: COMPILE_CACHE, ...process.env, ...entry.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    entry.child = child;
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        const formatted = entry.format(line);
        if (formatted !== undefined) console.log(formatted);
      });
    }
    child.once('exit', (code, signal) => this.onExit(entry, code, signal));
  }

  onExit(entry, code, signal) {
    if (this.stopping) return;
    const now = Date.now();
    entry.crashes = entry.crashes.filter((time) => now - time < 60_000).concat(now);
    console.log(entry.format(`exited (${signal ?? `code ${code}`})`));
    if (entry.crashes.length > MAX_RESTARTS_PER_MINUTE) {
      this.onFatal(new Error(`${entry.name} crashed ${entry.crashes.length} times within a minute; stopping`));
      return;
    }
    setTimeout(() => !this.stopping && this.spawn(entry), RESTART_DELAY_MS);
  }

  /** SIGTERM to all (each finishes its in-flight work), SIGKILL to what is left after the grace period. */
  async stopAll() {
    this.stopping = true;
    const running = this.processes.map((entry) => entry.child).filter((child) => child && child.exitCode === null);
    await Promise.all(
      running.map(
        (child) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}

module.exports = { Supervisor, nodeFlagsOf, COMPILE_CACHE };
