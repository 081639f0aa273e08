import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DataSource, type EntityManager } from 'typeorm';
import type { GradeHistoryKind } from '@skillproof/contracts';
import { GradeHistoryEntity } from '../entities/grade-history.entity';
import { SubmissionEntity } from '../entities/submission.entity';
import type { RegradeCandidate } from '../services/regrade.rule';

export type NewSubmission = Pick<
  SubmissionEntity,
  'attemptId' | 'challengeId' | 'candidateId' | 'companyId' | 'content' | 'rubricVersion' | 'submittedAt' | 'issuer'
>;

/** How a grade was earned and whom it counts for. */
export type SubmissionTrust = Pick<SubmissionEntity, 'verification' | 'issuer' | 'reviewer' | 'standing'>;

/** What a machine grade sets on a submission. */
export type SubmissionGrade = Pick<
  SubmissionEntity,
  | 'score'
  | 'criteria'
  | 'feedback'
  | 'grader'
  | 'graderVersion'
  | 'model'
  | 'rubricVersion'
  | 'tokens'
  | 'costUsd'
  | 'flags'
  | 'gradedAt'
  | 'testResults'
  | 'codeScoring'
  | 'aiReview'
> &
  SubmissionTrust;

export type HistoryEntry = Pick<GradeHistoryEntity, 'submissionId' | 'round' | 'rubricVersion'> &
  Partial<Omit<GradeHistoryEntity, 'kind' | 'id' | 'createdAt'>> & { kind: GradeHistoryKind };

/** History rows per statement, well under PostgreSQL's limit of 65,535 parameters. */
const HISTORY_BATCH = 1_000;

/** No grade yet: how a submission looks while queued. */
const UNGRADED = {
  score: null,
  criteria: [],
  feedback: null,
  grader: null,
  graderVersion: null,
  model: null,
  tokens: null,
  costUsd: null,
  flags: [],
  failureReason: null,
  gradedAt: null,
  verification: null,
  reviewer: null,
  standing: null,
  testResults: null,
  codeScoring: null,
  aiReview: null,
} satisfies Partial<SubmissionEntity>;

/**
 * Submissions and their grade history. Each change is a named step of the life cycle that
 * `submission-state.rule.ts` allows; the service decides whether it may happen, this only records it.
 */
@Injectable()
export class SubmissionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SubmissionEntity | null> {
    return manager.findOneBy(SubmissionEntity, { id });
  }

  findByIdForUpdate(id: string, manager: EntityManager): Promise<SubmissionEntity | null> {
    return manager.findOne(SubmissionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  existsForAttempt(attemptId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(SubmissionEntity, { attemptId });
  }

  /** Stores the work as queued for its first grading. */
  insertQueued(submission: NewSubmission, manager: EntityManager = this.dataSource.manager): Promise<SubmissionEntity> {
    return manager.save(
      SubmissionEntity,
      manager.create(SubmissionEntity, { ...submission, ...UNGRADED, status: 'queued', round: 1, appealUsed: false }),
    );
  }

  markGrading(id: string, manager: EntityManager = this.dataSource.manager): Promise<SubmissionEntity> {
    return this.change(id, { status: 'grading' }, manager);
  }

  recordGrade(
    id: string,
    grade: SubmissionGrade,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SubmissionEntity> {
    return this.change(id, { ...grade, status: 'graded', failureReason: null }, manager);
  }

  recordFailure(
    id: string,
    reason: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SubmissionEntity> {
    return this.change(id, { status: 'failed', failureReason: reason }, manager);
  }

  /** Puts the submission back in the queue for another round; the history keeps the old grade. */
  queueRegrade(
    id: string,
    next: Pick<SubmissionEntity, 'round' | 'appealUsed'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SubmissionEntity> {
    return this.change(id, { ...UNGRADED, status: 'queued', round: next.round, appealUsed: next.appealUsed }, manager);
  }

  /**
   * The challenge's graded submissions as a bulk re-grade decides on them. With `lock`, locked in id
   * order, so that no grade lands between the decision and the queueing.
   */
  listGradedOf(
    challengeId: string,
    options: { lock: boolean },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RegradeCandidate[]> {
    return manager.find(SubmissionEntity, {
      select: {
        id: true,
        status: true,
        round: true,
        appealUsed: true,
        grader: true,
        standing: true,
        rubricVersion: true,
      },
      where: { challengeId, status: 'graded' },
      order: { id: 'ASC' },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /**
   * Puts many submissions back in the queue, each for the round given, in two statements; the
   * history keeps their old grades. Returns them as they now are.
   */
  async queueBulkRegrade(
    next: Array<{ id: string; round: number }>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SubmissionEntity[]> {
    // `= ANY` with one array parameter: `In` would take a parameter per id, and there may be many.
    const ids = next.map((submission) => submission.id);
    await manager
      .createQueryBuilder()
      .update(SubmissionEntity)
      .set({ ...UNGRADED, status: 'queued' })
      .where('id = ANY(:ids)', { ids })
      .execute();
    await manager.query(
      `UPDATE submissions SET round = next.round
         FROM unnest($1::uuid[], $2::int[]) AS next(id, round) WHERE submissions.id = next.id`,
      [ids, next.map((submission) => submission.round)],
    );
    return manager
      .createQueryBuilder(SubmissionEntity, 'submission')
      .where('submission.id = ANY(:ids)', { ids })
      .orderBy('submission.id', 'ASC')
      .getMany();
  }

  /** Graded attempts (those whose grading did not fail) of the candidate at the challenge. */
  countAttempts(
    candidateId: string,
    challengeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    return manager
      .createQueryBuilder(SubmissionEntity, 'submission')
      .where('submission.candidate_id = :candidateId AND submission.challenge_id = :challengeId', {
        candidateId,
        challengeId,
      })
      .andWhere(`submission.status <> 'failed'`)
      .getCount();
  }

  /** A reviewer lets a flagged grade stand: only whom it counts for changes. */
  recordAcceptance(
    id: string,
    acceptance: Pick<SubmissionEntity, 'standing' | 'reviewer'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SubmissionEntity> {
    return this.change(id, acceptance, manager);
  }

  /** A person's score replaces the machine's; it names no grader version or model. */
  recordOverride(
    id: string,
    override: { score: number; gradedAt: Date } & SubmissionTrust,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SubmissionEntity> {
    return this.change(
      id,
      { ...override, status: 'graded', grader: 'human', graderVersion: null, model: null, failureReason: null },
      manager,
    );
  }

  async appendHistory(entry: HistoryEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.save(GradeHistoryEntity, manager.create(GradeHistoryEntity, entry));
  }

  async appendHistories(entries: HistoryEntry[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    for (let start = 0; start < entries.length; start += HISTORY_BATCH) {
      await manager.insert(GradeHistoryEntity, entries.slice(start, start + HISTORY_BATCH));
    }
  }

  history(submissionId: string, manager: EntityManager = this.dataSource.manager): Promise<GradeHistoryEntity[]> {
    return manager.find(GradeHistoryEntity, { where: { submissionId }, order: { createdAt: 'ASC' } });
  }

  private async change(
    id: string,
    changes: Partial<SubmissionEntity>,
    manager: EntityManager,
  ): Promise<SubmissionEntity> {
    // TypeORM's deep-partial update type cannot express a jsonb column holding `unknown` JSON values
    // (a code test's expected and actual results); the column takes any JSON.
    await manager.update(SubmissionEntity, { id }, changes as QueryDeepPartialEntity<SubmissionEntity>);
    return manager.findOneByOrFail(SubmissionEntity, { id });
  }
}
