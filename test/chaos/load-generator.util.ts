import { expectStatus, type ChaosAccount, type ChaosWorld } from './chaos-world.util';
import type { GatewayClient, GatewayReply } from './gateway-client.util';

/** A submission the system accepted: with its id from the 202, or only known by its attempt after a retry. */
export interface AcceptedSubmission {
  attemptId: string;
  candidateId: string;
  submissionId?: string;
}

export interface LoadOptions {
  submissions: number;
  /** Candidates submitting at the same time. */
  concurrency: number;
  /** Readers going round the public pages while the rest happens. */
  browsers: number;
}

const BROWSED_PATHS = (world: ChaosWorld): string[] => [
  '/v1/challenges',
  '/v1/skills/machine-learning',
  '/v1/challenges?skill=machine-learning',
  `/v1/challenges/${world.challengeId}`,
  '/v1/jobs?skill=machine-learning',
  `/v1/jobs/${world.jobId}`,
];

const WORDS = [
  'overfitting',
  'validation',
  'regularisation',
  'early stopping',
  'held-out',
  'learning curve',
  'more data',
  'depth',
  'shrinkage',
  'cross-validation',
];

/**
 * The mixed load of the chaos test: candidates start attempts and submit work, apply to the job
 * half way through, and the company moves each application on; readers browse meanwhile. Every
 * request is retried as a user would, so what the system accepted is known even across faults.
 */
export class LoadGenerator {
  sent = 0;
  readonly accepted: AcceptedSubmission[] = [];
  applied = 0;
  statusChanges = 0;
  browsed = 0;
  private browsing = true;
  private workers?: Promise<void>;
  private readers?: Promise<void>;
  private failure?: Error;
  private readonly progressWaiters: Array<{ count: number; resolve: () => void; reject: (error: Error) => void }> = [];

  constructor(
    private readonly client: GatewayClient,
    private readonly world: ChaosWorld,
    private readonly options: LoadOptions,
  ) {}

  start(): void {
    const workers = Array.from({ length: this.options.concurrency }, () => this.submitLoop());
    this.workers = this.watch(Promise.all(workers));
    const readers = Array.from({ length: this.options.browsers }, (_, offset) => this.browseLoop(offset));
    this.readers = this.watch(Promise.all(readers));
    // Failures reach the test through sentAtLeast() and finish(); these only keep Node from calling them unhandled.
    this.workers.catch(() => undefined);
    this.readers.catch(() => undefined);
  }

  /** Resolves once this many submissions have been sent (or all of them, if fewer); rejects when the load failed. */
  sentAtLeast(count: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.sent >= Math.min(count, this.options.submissions)) return Promise.resolve();
    return new Promise((resolve, reject) => this.progressWaiters.push({ count, resolve, reject }));
  }

  /** Waits for every submission, application and status change to be answered, then stops the readers. */
  async finish(): Promise<void> {
    try {
      await this.workers;
    } finally {
      this.browsing = false;
      await this.readers;
    }
  }

  private async submitLoop(): Promise<void> {
    for (;;) {
      const index = this.sent;
      if (index >= this.options.submissions) return;
      this.sent += 1;
      this.notifyProgress();
      const candidate = this.world.candidates[index % this.world.candidates.length];
      await this.submitOnce(candidate, index);
      const round = Math.floor(index / this.world.candidates.length);
      const halfWay = Math.floor(this.options.submissions / this.world.candidates.length / 2);
      if (round === halfWay) await this.applyAndScreen(candidate);
    }
  }

  private async submitOnce(candidate: ChaosAccount, index: number): Promise<void> {
    const attempt = expectStatus(
      await this.client.call<{ id: string }>('POST', `/v1/challenges/${this.world.challengeId}/attempts`, {
        token: candidate.token,
      }),
      201,
    );
    const reply = await this.client.call<{ submissionId: string }>('POST', `/v1/attempts/${attempt.id}/submission`, {
      token: candidate.token,
      body: { content: workOf(index) },
    });
    if (reply.status === 202) {
      this.accepted.push({
        attemptId: attempt.id,
        candidateId: candidate.userId,
        submissionId: reply.body.submissionId,
      });
    } else if (tookEffectEarlier(reply, 'submission.exists')) {
      this.accepted.push({ attemptId: attempt.id, candidateId: candidate.userId });
    } else {
      throw new Error(`submission ${index} refused: ${reply.status} ${JSON.stringify(reply.body)}`);
    }
  }

  private async applyAndScreen(candidate: ChaosAccount): Promise<void> {
    const applied = await this.client.call<{ id: string }>('POST', `/v1/jobs/${this.world.jobId}/applications`, {
      token: candidate.token,
    });
    let applicationId: string;
    if (applied.status === 201) applicationId = applied.body.id;
    else if (tookEffectEarlier(applied, 'application.exists')) applicationId = await this.applicationOf(candidate);
    else throw new Error(`application refused: ${applied.status} ${JSON.stringify(applied.body)}`);
    this.applied += 1;
    const moved = await this.client.call('PATCH', `/v1/applications/${applicationId}`, {
      token: this.world.company.token,
      body: { status: 'screening' },
    });
    if (moved.status === 200 || tookEffectEarlier(moved, 'application.invalid_transition')) this.statusChanges += 1;
    else throw new Error(`status change refused: ${moved.status} ${JSON.stringify(moved.body)}`);
  }

  /** The company's view of the job finds an application whose creation was never answered. */
  private async applicationOf(candidate: ChaosAccount): Promise<string> {
    const page = expectStatus(
      await this.client.call<{ items: Array<{ id: string; candidateId: string }> }>(
        'GET',
        `/v1/jobs/${this.world.jobId}/applications?limit=100`,
        { token: this.world.company.token },
      ),
      200,
    );
    const found = page.items.find((item) => item.candidateId === candidate.userId);
    if (!found) throw new Error(`the application of ${candidate.userId} was refused as a repeat but does not exist`);
    return found.id;
  }

  private async browseLoop(offset: number): Promise<void> {
    const paths = BROWSED_PATHS(this.world);
    for (let step = offset; this.browsing; step += 1) {
      const reply = await this.client.call('GET', paths[step % paths.length]);
      expectStatus(reply, 200);
      this.browsed += 1;
    }
  }

  /** A refused request ends the load: whoever waits on it hears why at once. */
  private async watch(loops: Promise<void[]>): Promise<void> {
    try {
      await loops;
    } catch (error) {
      this.failure ??= error as Error;
      this.browsing = false;
      for (const waiter of this.progressWaiters.splice(0)) waiter.reject(this.failure);
      throw error;
    }
  }

  private notifyProgress(): void {
    for (const waiter of [...this.progressWaiters]) {
      if (this.sent >= Math.min(waiter.count, this.options.submissions)) {
        this.progressWaiters.splice(this.progressWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }
}

/** A conflict on a retry means the earlier, unanswered try was the one that took effect. */
function tookEffectEarlier(reply: GatewayReply, code: string): boolean {
  return reply.retried && reply.status === 409 && (reply.body as { code?: string } | undefined)?.code === code;
}

/** Work that differs per submission, so no two share a cached grade and scores spread out. */
function workOf(index: number): string {
  const used = WORDS.filter((_, position) => (index * 7 + position * 3) % 5 < 3);
  return (
    `Submission ${index}. The gap between training and validation scores points at ${used.join(', ')}. ` +
    'I would compare learning curves, then tune the model until the held-out score stops improving.'
  );
}
