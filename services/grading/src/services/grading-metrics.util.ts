import { Counter, Gauge, Histogram } from 'prom-client';

/** Defined once per process: prom-client's registry refuses a second metric of the same name. */

export const gradingsInFlight = new Gauge({
  name: 'skillproof_gradings_in_flight',
  help: 'Gradings this replica is working on (waiting for limits, the model or the sandbox, or recording)',
});

export const gradingsFinished = new Counter({
  name: 'skillproof_gradings_total',
  help: 'Grading tries by how they ended: graded, failed (a visible result), retried, dead_lettered',
  labelNames: ['outcome'],
});

export const providerRequestDuration = new Histogram({
  name: 'skillproof_provider_request_duration_seconds',
  help: 'One HTTP attempt to the AI provider until its answer began, by model and HTTP status (0: no answer)',
  labelNames: ['provider', 'model', 'status'],
  buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60],
});

export const providerRateLimited = new Counter({
  name: 'skillproof_provider_rate_limited_total',
  help: 'Answers 429 from the AI provider; each pauses the provider for every replica',
  labelNames: ['provider', 'model'],
});

export const providerTokens = new Counter({
  name: 'skillproof_provider_tokens_total',
  help: 'Tokens spent on gradings, by model and kind (prompt, completion)',
  labelNames: ['provider', 'model', 'kind'],
});

export const providerCost = new Counter({
  name: 'skillproof_provider_cost_usd_total',
  help: 'What gradings cost at the configured prices, in USD',
  labelNames: ['provider', 'model'],
});

type DepthSource = () => Promise<Array<{ priority: string; state: string; jobs: number }>>;
let depthSource: DepthSource | undefined;

new Gauge({
  name: 'skillproof_grading_queue_jobs',
  help: 'Gradings in the shared queue by priority (interactive, bulk) and state (queued, working)',
  labelNames: ['priority', 'state'],
  async collect() {
    this.reset();
    const rows = await depthSource?.().catch(() => []);
    for (const row of rows ?? []) this.set({ priority: row.priority, state: row.state }, row.jobs);
  },
});

/** Where the queue-depth gauge reads from; the queue is shared, so any replica's view will do. */
export function reportQueueDepthFrom(source: DepthSource | undefined): void {
  depthSource = source;
}
