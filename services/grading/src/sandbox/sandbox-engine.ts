import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  CodeChallengeSpec,
  MAX_SOURCE_LENGTH,
  type CodeRunResult,
  type CodeTestResult,
  type CodeTestStatus,
} from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import { jsonEquals, weightedScore } from './result-comparison';
import type { RunReport, WorkerLaunch } from './sandbox-worker-process';
import { WorkerCommand } from './worker-command';
import { WorkerPool, type PoolOptions } from './worker-pool';
import { LOAD_CALL, type CallOutcome, type WorkerLanguage } from './worker/protocol';

export interface SandboxOptions {
  /** Worker processes per language. */
  poolSize?: number;
  /** `auto` wraps workers in bubblewrap where it is installed and works; `off` never does. */
  bubblewrap?: 'auto' | 'off';
  maxRunsPerWorker?: number;
  maxIdleRssMb?: number;
  startupTimeoutMs?: number;
  graceMs?: number;
}

/** After this many killed workers, a submission's remaining tests are not run: one submission cannot hog a pool. */
const MAX_KILLS_PER_SUBMISSION = 2;
/** A worker that dies before it even runs (not the candidate's doing) is retried this many times. */
const MAX_START_FAILURES = 3;
const HIDDEN_ERROR = 'the code failed on this hidden test';

/**
 * Runs code submissions against their tests in sandboxed worker processes (README: "The code sandbox").
 * `runSubmission` is the whole interface the grading pipeline needs: the spec (with hidden tests and
 * expected values) stays in this process, the candidate's code runs in a worker, and this class compares.
 */
export class SandboxEngine {
  private readonly pools = new Map<WorkerLanguage, WorkerPool>();
  private nextRequestId = 1;

  private constructor(
    private readonly command: WorkerCommand,
    private readonly launch: WorkerLaunch,
    private readonly poolOptions: PoolOptions,
  ) {}

  static create(options: SandboxOptions = {}): SandboxEngine {
    const command = WorkerCommand.detect(options.bubblewrap ?? 'auto');
    const launch: WorkerLaunch = {
      command: command.command,
      args: (language) => command.args(language),
      cwd: command.cwd,
      startupTimeoutMs: options.startupTimeoutMs ?? 120_000,
      graceMs: options.graceMs ?? 1_000,
      memorySlackMb: 64,
    };
    const poolOptions = {
      size: options.poolSize ?? 1,
      maxRunsPerWorker: options.maxRunsPerWorker ?? 200,
      maxIdleRssMb: options.maxIdleRssMb ?? 1024,
    };
    return new SandboxEngine(command, launch, poolOptions);
  }

  /** `bubblewrap` when workers run inside it, `process` when the worker process is the outer wall. */
  get wall(): 'bubblewrap' | 'process' {
    return this.command.wall;
  }

  /** Starts the workers of these languages now instead of on their first submission. */
  async warm(languages: WorkerLanguage[]): Promise<void> {
    await Promise.all(languages.map((language) => this.pool(language).warm()));
  }

  async runSubmission(spec: CodeChallengeSpec, source: string): Promise<CodeRunResult> {
    const invalid = validateSync(plainToInstance(CodeChallengeSpec, spec));
    if (invalid.length > 0) {
      // The challenges service validates specs when they are written, so this is a bug upstream, never
      // the candidate's doing; no candidate code runs.
      const fields = invalid.map((error) => error.property).join(', ');
      throw DomainError.invalid('code_challenge.invalid_spec', `the code challenge's spec is not valid: ${fields}`);
    }
    if (source.length > MAX_SOURCE_LENGTH) return this.allErrored(spec, 'the source is too long');
    // Visible tests run first: whatever a hidden test's arguments leave in the interpreter cannot reach
    // an `actual` value the candidate is shown.
    const order = spec.tests
      .map((test, index) => ({ test, index }))
      .sort((a, b) => Number(a.test.hidden) - Number(b.test.hidden))
      .map(({ index }) => index);
    const outcomes = new Map<number, CallOutcome>();
    let remaining = order;
    let kills = 0;
    let startFailures = 0;
    while (remaining.length > 0) {
      const pool = this.pool(spec.language);
      const worker = await pool.acquire();
      let report: RunReport;
      try {
        report = await worker.run(
          {
            id: this.nextRequestId++,
            language: spec.language,
            source,
            entryPoint: spec.entryPoint,
            calls: remaining.map((index) => spec.tests[index].args),
            limits: spec.limits,
            sqlSchema: spec.sql?.schema,
          },
          spec.limits.outputBytes,
        );
      } catch (error) {
        if (++startFailures >= MAX_START_FAILURES) throw error;
        continue;
      } finally {
        pool.release(worker);
      }
      const load = report.outcomes.get(LOAD_CALL) ?? (report.aborted?.call === LOAD_CALL ? aborted(report) : undefined);
      if (load) {
        remaining.forEach((index) => outcomes.set(index, load));
        break;
      }
      report.outcomes.forEach((outcome, call) => outcomes.set(remaining[call], outcome));
      if (!report.aborted) break;
      outcomes.set(remaining[report.aborted.call], aborted(report));
      remaining = remaining.slice(report.aborted.call + 1);
      if (++kills >= MAX_KILLS_PER_SUBMISSION) {
        const skipped: CallOutcome = {
          status: 'error',
          message: 'not run: the code crashed its sandbox twice',
          timeMs: 0,
        };
        remaining.forEach((index) => outcomes.set(index, skipped));
        break;
      }
    }
    return this.grade(spec, outcomes);
  }

  /** Resident memory of each worker process, per language, for the bench. */
  memory(): Record<string, number[]> {
    return Object.fromEntries([...this.pools].map(([language, pool]) => [language, pool.memory()]));
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
    this.pools.clear();
    this.command.close();
  }

  private pool(language: WorkerLanguage): WorkerPool {
    let pool = this.pools.get(language);
    if (!pool) {
      pool = new WorkerPool(language, this.launch, this.poolOptions);
      this.pools.set(language, pool);
    }
    return pool;
  }

  private grade(spec: CodeChallengeSpec, outcomes: Map<number, CallOutcome>): CodeRunResult {
    const tests = spec.tests.map((test, index): CodeTestResult => {
      const outcome = outcomes.get(index) ?? { status: 'error', message: 'not run', timeMs: 0 };
      const base = { name: test.name, hidden: test.hidden, weight: test.weight, timeMs: outcome.timeMs };
      if (outcome.status !== 'value') {
        const status: CodeTestStatus = outcome.status;
        return test.hidden
          ? { ...base, status, message: status === 'error' ? HIDDEN_ERROR : undefined }
          : { ...base, status, expected: test.expected, message: outcome.message };
      }
      const actual = parseValue(outcome.json);
      const status: CodeTestStatus = actual.ok && jsonEquals(actual.value, test.expected) ? 'passed' : 'failed';
      if (test.hidden) return { ...base, status };
      return actual.ok
        ? { ...base, status, expected: test.expected, actual: actual.value }
        : { ...base, status, expected: test.expected, message: 'the result is not JSON' };
    });
    const cleaned = tests.map(
      (test) => Object.fromEntries(Object.entries(test).filter(([, value]) => value !== undefined)) as CodeTestResult,
    );
    return {
      score: weightedScore(cleaned.map((test) => ({ weight: test.weight, passed: test.status === 'passed' }))),
      tests: cleaned,
    };
  }

  private allErrored(spec: CodeChallengeSpec, message: string): CodeRunResult {
    return this.grade(spec, new Map(spec.tests.map((_, index) => [index, { status: 'error', message, timeMs: 0 }])));
  }
}

function aborted(report: RunReport): CallOutcome {
  const { status, message, timeMs } = report.aborted as NonNullable<RunReport['aborted']>;
  return { status, message, timeMs };
}

function parseValue(json: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return { ok: false };
  }
}
