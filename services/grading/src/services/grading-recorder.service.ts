import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox, type OutboxEntry } from '@skillproof/bus';
import type { CachedGrade } from '../entities/grade-cache.entity';
import { GradeCacheRepository } from '../repositories/grade-cache.repository';
import { GradingJobRepository } from '../repositories/grading-job.repository';
import { GradingResultRepository, type NewGradingResult } from '../repositories/grading-result.repository';

/** What one finished grading writes: its result, the event that announces it, and maybe a cache entry. */
export interface GradingOutcome {
  result: NewGradingResult;
  event: OutboxEntry<unknown>;
  cache?: { key: string; grade: CachedGrade };
}

interface Pending {
  outcome: GradingOutcome;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Large enough to absorb a wave of gradings finishing together, small enough for a short transaction. */
const MAX_BATCH = 200;

/**
 * Writes finished gradings in group commits: while one transaction is writing, the outcomes
 * that finish meanwhile wait and go together in the next. Under load that is a handful of
 * statements and one commit for many gradings instead of seven statements each, on a single
 * connection, which leaves the rest of the pool to claims and intake. Each outcome is still
 * idempotent on (submission, round): a result already there adds no second event.
 */
@Injectable()
export class GradingRecorder {
  private readonly logger = new Logger(GradingRecorder.name);
  private pending: Pending[] = [];
  private writing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly results: GradingResultRepository,
    private readonly jobs: GradingJobRepository,
    private readonly cache: GradeCacheRepository,
    private readonly outbox: Outbox,
  ) {}

  /** Resolves once the outcome is committed. */
  record(outcome: GradingOutcome): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ outcome, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, MAX_BATCH);
        await this.writeSettling(batch);
      }
    } finally {
      this.writing = false;
    }
  }

  /** A batch that fails is written one by one, so one bad outcome cannot fail its neighbours. */
  private async writeSettling(batch: Pending[]): Promise<void> {
    try {
      await this.write(batch.map((entry) => entry.outcome));
      for (const entry of batch) entry.resolve();
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      this.logger.warn(`A batch of ${batch.length} grades failed (${String(error)}); writing them one by one`);
      for (const entry of batch) await this.writeSettling([entry]);
    }
  }

  private async write(outcomes: GradingOutcome[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const keys = outcomes.map(({ result }) => ({ submissionId: result.submissionId, round: result.round }));
      await this.jobs.removeMany(keys, manager);
      const stored = await this.results.insertMany(
        outcomes.map((outcome) => outcome.result),
        manager,
      );
      const isStored = (result: NewGradingResult): boolean => stored.has(`${result.submissionId}:${result.round}`);
      await this.outbox.addMany(
        manager,
        outcomes.filter((outcome) => isStored(outcome.result)).map((outcome) => outcome.event),
      );
      await this.cache.putMany(
        outcomes.flatMap((outcome) => (outcome.cache ? [outcome.cache] : [])),
        manager,
      );
    });
  }
}
