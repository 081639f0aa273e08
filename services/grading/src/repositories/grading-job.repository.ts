import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventEnvelope, SubmissionCreatedData } from '@skillproof/contracts';
import type { GradingPriority } from '../entities/grading-job.entity';
import { regradeIdOf } from '../services/bulk-regrade.util';

export interface NewGradingJob {
  event: EventEnvelope<SubmissionCreatedData>;
  priority: GradingPriority;
  inboxConsumer: string;
  now: Date;
}

/** What a worker needs of a claimed job. */
export interface ClaimedJob {
  id: string;
  event: EventEnvelope<SubmissionCreatedData>;
  failures: number;
  inboxConsumer: string;
}

/** Companies without one (admin-authored challenges) share this turn. */
const PLATFORM_FAIR_KEY = 'platform';

/**
 * The grading queue. Claims are short statements with `SKIP LOCKED`, so any number of replicas
 * take different jobs without waiting on each other, and no transaction spans the work itself.
 */
@Injectable()
export class GradingJobRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Queues a job unless its round is queued or graded already. Its fair sequence is start-time fair queuing:
   * one after its company's last job, but never before the head of the line, so a company that
   * has waited nothing starts at the front instead of behind another company's backlog.
   */
  async enqueue(job: NewGradingJob, manager: EntityManager): Promise<void> {
    const { data } = job.event;
    const fairKey = data.companyId ?? PLATFORM_FAIR_KEY;
    // Intakes of one company take turns, or concurrent ones would read the same last place and tie.
    // A statement of its own: a statement's snapshot is taken before any lock it waits for.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('grading_jobs'), hashtext($1))`, [fairKey]);
    await manager.query(
      `INSERT INTO grading_jobs
         (submission_id, round, priority, fair_key, fair_seq, event, inbox_consumer, state, available_at, enqueued_at,
          regrade_id)
       SELECT $1, $2, $3, $4,
              GREATEST(
                (SELECT COALESCE(max(fair_seq) + 1, 0) FROM grading_jobs WHERE fair_key = $4 AND priority = $3),
                (SELECT COALESCE(min(fair_seq), 0) FROM grading_jobs WHERE priority = $3 AND state = 'queued')),
              $5, $6, 'queued', $7, $7, $8
        WHERE NOT EXISTS (SELECT 1 FROM grading_results WHERE submission_id = $1 AND round = $2)
       ON CONFLICT (submission_id, round) DO NOTHING`,
      [
        data.submissionId,
        data.round ?? 1,
        job.priority,
        fairKey,
        JSON.stringify(job.event),
        job.inboxConsumer,
        job.now,
        regradeIdOf(data),
      ],
    );
  }

  /** Takes up to `limit` queued jobs, interactive first, then by fair sequence. */
  async claim(limit: number, now: Date, leaseUntil: Date): Promise<ClaimedJob[]> {
    const rows: Array<{ id: string; event: ClaimedJob['event']; failures: number; inbox_consumer: string }> =
      // Wrapped in a SELECT: TypeORM hands back an UPDATE's rows as [rows, count].
      await this.dataSource.query(
        `WITH claimed AS (
           UPDATE grading_jobs j SET state = 'working', lease_until = $3
             FROM (SELECT id FROM grading_jobs
                    WHERE state = 'queued' AND available_at <= $2
                    ORDER BY priority, fair_seq, id
                    LIMIT $1
                    FOR UPDATE SKIP LOCKED) next
            WHERE j.id = next.id
           RETURNING j.id, j.event, j.failures, j.inbox_consumer)
         SELECT * FROM claimed`,
        [limit, now, leaseUntil],
      );
    return rows.map((row) => ({
      id: row.id,
      event: row.event,
      failures: row.failures,
      inboxConsumer: row.inbox_consumer,
    }));
  }

  /** Keeps the leases of jobs still being worked on, the queue's heartbeat. */
  async extendLeases(ids: string[], leaseUntil: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE grading_jobs SET lease_until = $2 WHERE id = ANY($1::bigint[]) AND state = 'working'`,
      [ids, leaseUntil],
    );
  }

  /** Puts back the jobs of workers that stopped heartbeating (killed, frozen, cut off). */
  async requeueExpired(now: Date): Promise<number> {
    const rows: Array<{ n: number }> = await this.dataSource.query(
      `WITH requeued AS (
         UPDATE grading_jobs SET state = 'queued', lease_until = NULL
          WHERE state = 'working' AND lease_until < $1
         RETURNING id)
       SELECT count(*)::int AS n FROM requeued`,
      [now],
    );
    return rows[0].n;
  }

  /** Back in line after a failure of ours; the count decides when it is dead-lettered instead. */
  async release(id: string, error: string, availableAt: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE grading_jobs
          SET state = 'queued', lease_until = NULL, failures = failures + 1, last_error = $2, available_at = $3
        WHERE id = $1`,
      [id, error.slice(0, 1_000), availableAt],
    );
  }

  /** Ends jobs; called in the transaction that records their results or dead-letters them. */
  async removeMany(
    keys: Array<{ submissionId: string; round: number }>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM grading_jobs j
        USING unnest($1::uuid[], $2::int[]) AS done(submission_id, round)
        WHERE j.submission_id = done.submission_id AND j.round = done.round`,
      [keys.map((key) => key.submissionId), keys.map((key) => key.round)],
    );
  }

  /** Jobs by priority and state, for the queue-depth metric. */
  async depth(): Promise<Array<{ priority: string; state: string; jobs: number }>> {
    return this.dataSource.query(
      `SELECT CASE priority WHEN 0 THEN 'interactive' ELSE 'bulk' END AS priority, state, count(*)::int AS jobs
         FROM grading_jobs GROUP BY priority, state`,
    );
  }
}
