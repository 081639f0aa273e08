import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../entities/challenge.entity';
import { ReferenceSubmissionEntity } from '../entities/reference-submission.entity';
import { assertValidRubric } from '../services/rubric.rules';
import { CHALLENGE_SEEDS } from './challenges';

/**
 * Loads the platform's demo challenges on start, published and owned by no company. A challenge is
 * matched by its seed key and written only when missing, together with its references, so a restart
 * changes nothing and later edits survive.
 */
@Injectable()
export class SeedLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedLoader.name);

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    let inserted = 0;
    for (const seed of CHALLENGE_SEEDS) {
      assertValidRubric(seed.criteria);
      await this.dataSource.transaction(async (manager) => {
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
            rubricVersion: 1,
            criteria: seed.criteria,
            companyId: null,
            createdBy: null,
            publishedAt: () => 'now()',
          })
          .orIgnore()
          .returning(['id'])
          .execute();
        const id = (result.raw as Array<{ id: string }>)[0]?.id;
        if (!id) return;
        inserted += 1;
        for (const reference of seed.references ?? []) {
          await manager.insert(ReferenceSubmissionEntity, { challengeId: id, ...reference });
        }
      });
    }
    if (inserted > 0) this.logger.log(`Seeded ${inserted} challenges`);
  }
}
