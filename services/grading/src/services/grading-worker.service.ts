import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { backoffMs, DatabaseNotifications, Sleeper, type NotificationListener } from '@skillproof/bus';
import { Clock } from '@skillproof/platform';
import { GradingConfig } from '../config/grading.config';
import { GradingJobRepository, type ClaimedJob } from '../repositories/grading-job.repository';
import { gradingsFinished, gradingsInFlight, reportQueueDepthFrom } from './grading-metrics.util';
import { JOBS_CHANNEL, SubmissionGradingService } from './submission-grading.service';

const MAX_RETRY_DELAY_MS = 60_000;
/**
 * Slots beyond GRADING_CONCURRENCY, as a share of it unless GRADING_LONE_SLOTS says, only for a
 * company (or the platform) with no grading in flight on any replica. When every slot is busy, such
 * a lone submission starts at once instead of waiting for a slot to free, which, when the slots
 * started together, is a whole model latency. The provider limits still apply to it.
 */
const LONE_SLOT_SHARE = 0.05;
/** While the database is unreachable, claims back off to this instead of failing every poll. */
const MAX_CLAIM_BACKOFF_MS = 5_000;

/**
 * The replica's worker slots. It claims queued gradings while a slot is free, runs each with no
 * database connection held, and heartbeats the leases of those in flight; leases that nobody
 * heartbeats any more (a killed replica) go back to the queue for any replica to take. A slot is
 * free again as soon as its work step is over: the next job starts while the last one's result
 * waits for its group commit, whose lease is kept until then.
 */
@Injectable()
export class GradingWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(GradingWorker.name);
  private readonly sleeper = new Sleeper();
  /** Jobs this replica holds a lease on, working or recording. */
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Jobs in their work step: what GRADING_CONCURRENCY bounds. */
  private working = 0;
  /** Jobs of lone companies in their work step, beyond the concurrency. */
  private lone = 0;
  private readonly loneSlots: number;
  private running = false;
  private loop?: Promise<void>;
  private heartbeat?: NodeJS.Timeout;
  private listener?: NotificationListener;

  constructor(
    private readonly config: GradingConfig,
    private readonly jobs: GradingJobRepository,
    private readonly grading: SubmissionGradingService,
    private readonly clock: Clock,
    private readonly notifications: DatabaseNotifications,
  ) {
    this.loneSlots = config.GRADING_LONE_SLOTS ?? Math.ceil(config.GRADING_CONCURRENCY * LONE_SLOT_SHARE);
  }

  onApplicationBootstrap(): void {
    reportQueueDepthFrom(() => this.jobs.depth());
    this.running = true;
    // Any replica's intake commit wakes every replica, instead of each finding the jobs at its next poll.
    this.listener = this.notifications.listen(JOBS_CHANNEL, () => this.sleeper.wake());
    this.heartbeat = setInterval(() => void this.beat(), Math.max(500, this.config.GRADING_ACK_WAIT_MS / 3));
    this.loop = this.run();
  }

  /** Takes no new work, finishes what is in flight, then stops heartbeating. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.sleeper.wake();
    await this.loop;
    await Promise.allSettled([...this.inFlight.values()]);
    clearInterval(this.heartbeat);
    await this.listener?.close();
    reportQueueDepthFrom(undefined);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      const free = this.config.GRADING_CONCURRENCY - this.working;
      const loneFree = this.loneSlots - this.lone;
      let wait = this.config.GRADING_POLL_MS;
      if (free > 0 || loneFree > 0) {
        try {
          const lone = free <= 0;
          const limit = lone ? loneFree : free;
          const claimed = await this.claim(limit, lone);
          failures = 0;
          for (const job of claimed) this.start(job, lone);
          // A full batch means more may be waiting: look again as soon as a slot is free.
          if (!lone && claimed.length === limit) continue;
        } catch (error) {
          failures += 1;
          wait = backoffMs(failures, this.config.GRADING_POLL_MS, MAX_CLAIM_BACKOFF_MS);
          this.logger.warn(`Could not claim gradings (${String(error)}); trying again in ${wait} ms`);
        }
      }
      await this.sleeper.sleep(wait);
    }
  }

  private claim(limit: number, lone: boolean): Promise<ClaimedJob[]> {
    const now = this.clock.now();
    return lone
      ? this.jobs.claimLone(limit, now, this.leaseFrom(now))
      : this.jobs.claim(limit, now, this.leaseFrom(now));
  }

  private start(job: ClaimedJob, lone: boolean): void {
    if (lone) this.lone += 1;
    else this.working += 1;
    gradingsInFlight.inc();
    let slotFree = false;
    const freeSlot = (): void => {
      if (slotFree) return;
      slotFree = true;
      if (lone) this.lone -= 1;
      else this.working -= 1;
      gradingsInFlight.dec();
      this.sleeper.wake();
    };
    const work = this.grading
      .grade(job, freeSlot)
      .catch((error: unknown) => this.onFailure(job, error))
      .finally(() => {
        freeSlot();
        this.inFlight.delete(job.id);
      });
    this.inFlight.set(job.id, work);
  }

  /**
   * Our own errors and the provider's (5xx, timeouts, limits past the SDK's retries) are tried
   * again later, then dead-lettered. When not even that can be written, the lease runs out and
   * the job comes back without counting as a try: a database outage is waited out, not given up on.
   */
  private async onFailure(job: ClaimedJob, error: unknown): Promise<void> {
    const tries = job.failures + 1;
    const reason = error instanceof Error ? error.message : String(error);
    try {
      if (tries >= this.config.GRADING_MAX_DELIVER) {
        await this.grading.deadLetter(job, tries, reason);
        gradingsFinished.inc({ outcome: 'dead_lettered' });
        return;
      }
      gradingsFinished.inc({ outcome: 'retried' });
      const delay = backoffMs(tries, this.config.GRADING_RETRY_BASE_MS, MAX_RETRY_DELAY_MS);
      this.logger.warn(
        `Grading try ${tries}/${this.config.GRADING_MAX_DELIVER} failed (${reason}); retry in ${delay} ms`,
      );
      await this.jobs.release(job.id, reason, new Date(this.clock.now().getTime() + delay));
    } catch (releaseError) {
      this.logger.error(`Could not give grading ${job.id} back (${String(releaseError)}); its lease will`);
    }
  }

  private async beat(): Promise<void> {
    const now = this.clock.now();
    try {
      await this.jobs.extendLeases([...this.inFlight.keys()], this.leaseFrom(now));
      const requeued = await this.jobs.requeueExpired(now);
      if (requeued > 0) this.logger.warn(`${requeued} gradings of a stopped worker are back in the queue`);
    } catch (error) {
      this.logger.warn(`Grading heartbeat failed: ${String(error)}`);
    }
  }

  private leaseFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.GRADING_ACK_WAIT_MS);
  }
}
