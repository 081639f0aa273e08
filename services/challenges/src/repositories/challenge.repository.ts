import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ChallengeListRequest } from '@skillproof/contracts';
import { ChallengeEntity, type StoredCode } from '../entities/challenge.entity';
import { ReferenceSubmissionEntity } from '../entities/reference-submission.entity';
import type { ChallengeSeed } from '../seeds/challenge-seed';

export type NewChallenge = Pick<
  ChallengeEntity,
  | 'title'
  | 'brief'
  | 'skills'
  | 'difficulty'
  | 'timeLimitMinutes'
  | 'kind'
  | 'code'
  | 'rubricVersion'
  | 'criteria'
  | 'companyId'
  | 'companyName'
  | 'createdBy'
  | 'cooldownDays'
>;

export interface ChallengeContent {
  brief: string;
  skills: string[];
  criteria: ChallengeEntity['criteria'];
  rubricVersion: number;
  cooldownDays: number;
  withdrawApproval: boolean;
}

@Injectable()
export class ChallengeRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ChallengeEntity | null> {
    return manager.findOneBy(ChallengeEntity, { id });
  }

  findByIdForUpdate(id: string, manager: EntityManager): Promise<ChallengeEntity | null> {
    return manager.findOne(ChallengeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Stores a new challenge as a draft. */
  insertDraft(challenge: NewChallenge, manager: EntityManager = this.dataSource.manager): Promise<ChallengeEntity> {
    return manager.save(ChallengeEntity, manager.create(ChallengeEntity, { ...challenge, status: 'draft' }));
  }

  /** Inserts a seeded challenge, published, unless its seed key exists; returns its id or null. */
  async insertSeed(seed: ChallengeSeed, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ChallengeEntity)
      .values({
        seedKey: seed.key,
        title: seed.title,
        brief: seed.brief,
        skills: seed.skills,
        difficulty: seed.difficulty,
        timeLimitMinutes: seed.timeLimitMinutes,
        status: 'published',
        kind: seed.code ? 'code' : 'rubric',
        // TypeORM's deep-partial insert type cannot express `unknown` JSON (test arguments); jsonb takes any.
        code: (seed.code ?? null) as QueryDeepPartialEntity<StoredCode> | null,
        rubricVersion: 1,
        criteria: seed.criteria,
        companyId: null,
        createdBy: null,
        publishedAt: () => 'now()',
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as Array<{ id: string }>)[0]?.id ?? null;
  }

  async insertReference(
    challengeId: string,
    reference: Pick<ReferenceSubmissionEntity, 'content' | 'humanScores'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.insert(ReferenceSubmissionEntity, { challengeId, ...reference });
  }

  async markPublished(
    id: string,
    at: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ChallengeEntity> {
    await manager.update(ChallengeEntity, { id }, { status: 'published', publishedAt: at });
    return manager.findOneByOrFail(ChallengeEntity, { id });
  }

  async updateContent(
    id: string,
    { withdrawApproval, ...content }: ChallengeContent,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ChallengeEntity> {
    const approval = withdrawApproval ? { approvedBy: null, approvedAt: null, approvalReason: null } : {};
    await manager.update(ChallengeEntity, { id }, { ...content, ...approval });
    return manager.findOneByOrFail(ChallengeEntity, { id });
  }

  async markApproved(
    id: string,
    approval: Pick<ChallengeEntity, 'approvedBy' | 'approvedAt' | 'approvalReason'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ChallengeEntity> {
    await manager.update(ChallengeEntity, { id }, approval);
    return manager.findOneByOrFail(ChallengeEntity, { id });
  }

  async markArchived(id: string, at: Date, manager: EntityManager = this.dataSource.manager): Promise<ChallengeEntity> {
    await manager.update(ChallengeEntity, { id }, { status: 'archived', archivedAt: at });
    return manager.findOneByOrFail(ChallengeEntity, { id });
  }

  /** Published challenges, newest first, after the cursor position. */
  findPublished(
    filter: Pick<ChallengeListRequest, 'skill' | 'difficulty'>,
    after: { publishedAt: string; id: string } | undefined,
    limit: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ChallengeEntity[]> {
    const query = manager
      .createQueryBuilder(ChallengeEntity, 'challenge')
      .where(`challenge.status = 'published'`)
      .orderBy('challenge.published_at', 'DESC')
      .addOrderBy('challenge.id', 'DESC')
      .limit(limit);
    if (filter.skill) query.andWhere('challenge.skills @> :skill::jsonb', { skill: JSON.stringify([filter.skill]) });
    if (filter.difficulty) query.andWhere('challenge.difficulty = :difficulty', { difficulty: filter.difficulty });
    if (after) {
      query.andWhere('(challenge.published_at, challenge.id) < (:publishedAt::timestamptz, :id::uuid)', after);
    }
    return query.getMany();
  }

  /** Challenges that carry reference submissions, each with its references. */
  async findWithReferences(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ challenge: ChallengeEntity; references: ReferenceSubmissionEntity[] }>> {
    const references = await manager.find(ReferenceSubmissionEntity, { order: { id: 'ASC' } });
    const ids = [...new Set(references.map((reference) => reference.challengeId))];
    const challenges = ids.length === 0 ? [] : await manager.findBy(ChallengeEntity, { id: In(ids) });
    return challenges.map((challenge) => ({
      challenge,
      references: references.filter((reference) => reference.challengeId === challenge.id),
    }));
  }
}
