import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { GradeHistoryKind } from '@skillproof/contracts';
import { GradeHistoryEntity } from '../entities/grade-history.entity';
import { SubmissionEntity } from '../entities/submission.entity';

@Injectable()
export class SubmissionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SubmissionEntity | null> {
    return manager.findOneBy(SubmissionEntity, { id });
  }

  findForUpdate(manager: EntityManager, id: string): Promise<SubmissionEntity | null> {
    return manager.findOne(SubmissionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByAttempt(manager: EntityManager, attemptId: string): Promise<SubmissionEntity | null> {
    return manager.findOneBy(SubmissionEntity, { attemptId });
  }

  insert(manager: EntityManager, submission: Partial<SubmissionEntity>): Promise<SubmissionEntity> {
    return manager.save(SubmissionEntity, manager.create(SubmissionEntity, submission));
  }

  save(manager: EntityManager, submission: SubmissionEntity): Promise<SubmissionEntity> {
    return manager.save(SubmissionEntity, submission);
  }

  /** Moves a queued submission to `grading`; false when it had already moved on (a late or repeated event). */
  async markGrading(manager: EntityManager, id: string, round: number): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(SubmissionEntity)
      .set({ status: 'grading' })
      .where(`id = :id AND round = :round AND status = 'queued'`, { id, round })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  appendHistory(
    manager: EntityManager,
    entry: Pick<GradeHistoryEntity, 'submissionId' | 'round' | 'rubricVersion'> &
      Partial<Omit<GradeHistoryEntity, 'kind'>> & { kind: GradeHistoryKind },
  ): Promise<GradeHistoryEntity> {
    return manager.save(GradeHistoryEntity, manager.create(GradeHistoryEntity, entry));
  }

  history(submissionId: string): Promise<GradeHistoryEntity[]> {
    return this.dataSource.manager.find(GradeHistoryEntity, {
      where: { submissionId },
      order: { createdAt: 'ASC' },
    });
  }
}
