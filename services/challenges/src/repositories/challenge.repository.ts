import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ChallengeListRequest } from '@skillproof/contracts';
import { ChallengeEntity } from '../entities/challenge.entity';
import { ReferenceSubmissionEntity } from '../entities/reference-submission.entity';

@Injectable()
export class ChallengeRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ChallengeEntity | null> {
    return manager.findOneBy(ChallengeEntity, { id });
  }

  create(challenge: Partial<ChallengeEntity>): Promise<ChallengeEntity> {
    return this.dataSource.manager.save(ChallengeEntity, this.dataSource.manager.create(ChallengeEntity, challenge));
  }

  save(challenge: ChallengeEntity): Promise<ChallengeEntity> {
    return this.dataSource.manager.save(ChallengeEntity, challenge);
  }

  /** Published challenges, newest first, after the cursor position. */
  findPublished(
    filter: Pick<ChallengeListRequest, 'skill' | 'difficulty'>,
    after: { publishedAt: string; id: string } | undefined,
    limit: number,
  ): Promise<ChallengeEntity[]> {
    const query = this.dataSource.manager
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
  async findWithReferences(): Promise<Array<{ challenge: ChallengeEntity; references: ReferenceSubmissionEntity[] }>> {
    const references = await this.dataSource.manager.find(ReferenceSubmissionEntity, { order: { id: 'ASC' } });
    const ids = [...new Set(references.map((reference) => reference.challengeId))];
    const challenges = ids.length === 0 ? [] : await this.dataSource.manager.findBy(ChallengeEntity, { id: In(ids) });
    return challenges.map((challenge) => ({
      challenge,
      references: references.filter((reference) => reference.challengeId === challenge.id),
    }));
  }
}
