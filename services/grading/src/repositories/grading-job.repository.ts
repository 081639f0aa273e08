import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventEnvelope, SubmissionCreatedData } from '@skillproof/contracts';
import type { CachedGrade } from '../entities/grade-cache.entity';
import { GradingPriority } from '../entities/grading-job.entity';
import { regradeIdOf } from '../services/bulk-regrade.util';

export interface NewGradingJob {
  event: EventEnvelope<SubmissionCreatedData>;
  priority: GradingPriority;
  inboxConsumer: string;
  /** Null when no cached grade may stand for this work (code, a re-grade). */
  cacheKey: string | null;
}

/** The grade cache as the claim found it for the job's key. */
export interface CacheLookup {
  key: string;
  grade: CachedGrade | undefined;
}

/** What a worker needs of a claimed job. */
export interface ClaimedJob {
  id: string;
  event: EventEnvelope<SubmissionCreatedData>;
  failures: number;
  inboxConsumer: string;
  /** Undefined when the job was queued without a cache key. */
  cache: CacheLookup | undefined;
}

interface ClaimedRow {
  id: string;
  event: ClaimedJob['event'];
  failures: number;
  inbox_consumer: string;
  cache_key: string | null;
  cached_grade: CachedGrade | null;
}

function claimedJob(row: ClaimedRow): ClaimedJob {
  return {
    id: row.id,
    event: row.event,
    failures: row.failures,
    inboxConsumer: row.inbox_consumer,
    cache: row.cache_key === null ? undefined : { key: row.cache_key, grade: row.cached_grade ?? undefined },
  };
}

/** What a claim hands back of each job: the job, and the grade cached under its key, read in the same statement. */
const CLAIMED_COLUMNS = `j.id, j.event, j.failures, j.inbox_consumer, j.cache_key,
  (SELECT c.grade FROM grade_cache c WHERE c.key = j.cache_key) AS cached_grade`;

/** How far into the line claimLone looks for a company with nothing in flight. */
const LONE_HEAD = 100;

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
   * Queues each job unless its round is queued or graded already, in one statement however many
   * there are. Its fair sequence is start-time fair queuing: one after its company's last job, but
   * never before the head of the line, so a company that has waited nothing starts at the front
   * instead of behind another company's backlog. Jobs of one company in one call follow each other.
   */
  async enqueueMany(jobs: NewGradingJob[], now: Date, manager: EntityManager): Promise<void> {
    if (jobs.length === 0) return;
    const fairKeys = jobs.map((job) => job.event.data.companyId ?? PLATFORM_FAIR_KEY);
    // Intakes of one company take turns, or concurrent ones would read the same last place and tie.
    // In one order everywhere, so two intakes that share companies cannot deadlock. A statement of
    // its own: a statement's snapshot is taken before any lock it waits for.
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('grading_jobs'), hashtext(fair_key)) FROM unnest($1::text[]) AS fair_key`,
      [[...new Set(fairKeys)].sort()],
    );
    await manager.query(
      `WITH incoming AS (
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::smallint[], $4::text[], $5::jsonb[], $6::text[], $7::uuid[],
                              $9::text[])
                  WITH ORDINALITY AS j(submission_id, round, priority, fair_key, event, inbox_consumer, regrade_id,
                                       cache_key, place)),
       fresh AS (
         SELECT DISTINCT ON (submission_id, round) * FROM incoming i
          WHERE NOT EXISTS (SELECT 1 FROM grading_results r WHERE r.submission_id = i.submission_id AND r.round = i.round)
            AND NOT EXISTS (SELECT 1 FROM grading_jobs q WHERE q.submission_id = i.submission_id AND q.round = i.round)
          ORDER BY submission_id, round, place),
       lined AS (
         SELECT f.*, row_number() OVER (PARTITION BY fair_key, priority ORDER BY place) - 1 AS behind FROM fresh f)
       INSERT INTO grading_jobs
         (submission_id, round, priority, fair_key, fair_seq, event, inbox_consumer, state, available_at, enqueued_at,
          regrade_id, cache_key)
       SELECT submission_id, round, priority, fair_key,
              GREATEST(
                (SELECT COALESCE(max(fair_seq) + 1, 0) FROM grading_jobs q
                  WHERE q.fair_key = l.fair_key AND q.priority = l.priority),
                (SELECT COALESCE(min(fair_seq), 0) FROM grading_jobs q WHERE q.priority = l.priority AND state = 'queued'))
                + behind,
              event, inbox_consumer, 'queued', $8, $8, regrade_id, cache_key
         FROM lined l
        ORDER BY place
       ON CONFLICT (submission_id, round) DO NOTHING`,
      [
        jobs.map((job) => job.event.data.submissionId),
        jobs.map((job) => job.event.data.round ?? 1),
        jobs.map((job) => job.priority),
        fairKeys,
        jobs.map((job) => JSON.stringify(job.event)),
        jobs.map((job) => job.inboxConsumer),
        jobs.map((job) => regradeIdOf(job.event.data)),
        now,
        jobs.map((job) => job.cacheKey),
      ],
    );
  }

  /**
   * Takes up to `limit` queued jobs, interactive first, then by fair sequence, with what the grade
   * cache holds for them: a job starts on the claim's answer alone, with no query of its own.
   */
  async claim(limit: number, now: Date, leaseUntil: Date): Promise<ClaimedJob[]> {
    const rows: ClaimedRow[] =
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
           RETURNING ${CLAIMED_COLUMNS})
         SELECT * FROM claimed`,
        [limit, now, leaseUntil],
      );
    return rows.map(claimedJob);
  }

  /**
   * Takes up to `limit` queued interactive jobs of companies with no job being worked on, by fair
   * sequence: what a replica whose slots are all busy may still start (see GradingWorker). Only
   * the head of the line is looked at, where fair queuing puts a company that had nothing waiting,
   * so that a backlog of thousands costs this query no more than a hundred rows.
   */
  async claimLone(limit: number, now: Date, leaseUntil: Date): Promise<ClaimedJob[]> {
    const rows: ClaimedRow[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE grading_jobs j SET state = 'working', lease_until = $3
           FROM (SELECT q.id FROM grading_jobs q
                  WHERE q.id IN (SELECT id FROM grading_jobs
                                  WHERE state = 'queued' AND priority = $4 AND available_at <= $2
                                  ORDER BY fair_seq, id
                                  LIMIT $5)
                    AND NOT EXISTS (SELECT 1 FROM grading_jobs w WHERE w.fair_key = q.fair_key AND w.state = 'working')
                  ORDER BY q.fair_seq, q.id
                  LIMIT $1
                  FOR UPDATE SKIP LOCKED) next
          WHERE j.id = next.id
         RETURNING ${CLAIMED_COLUMNS})
       SELECT * FROM claimed`,
      [limit, now, leaseUntil, GradingPriority.interactive, LONE_HEAD],
    );
    return rows.map(claimedJob);
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
