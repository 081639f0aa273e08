import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TESTS_ONLY_SCORING } from '@skillproof/contracts';
import { ChallengeRepository } from '../repositories/challenge.repository';
import { assertScoring } from '../services/code-challenge.rule';
import { assertValidRubric } from '../services/rubric.rule';
import { CHALLENGE_SEEDS } from './challenges';

/**
 * Loads the platform's demo challenges on start, published and owned by no company. A challenge is
 * matched by its seed key and written only when missing, together with its references, so a restart
 * changes nothing and later edits survive.
 */
@Injectable()
export class SeedLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedLoader.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengeRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    let inserted = 0;
    for (const seed of CHALLENGE_SEEDS) {
      if (!seed.code || seed.criteria.length > 0) assertValidRubric(seed.criteria);
      if (seed.code) assertScoring(seed.code.scoring ?? TESTS_ONLY_SCORING, seed.criteria.length > 0);
      await this.dataSource.transaction(async (manager) => {
        const id = await this.challenges.insertSeed(seed, manager);
        if (!id) return;
        inserted += 1;
        for (const reference of seed.references ?? []) {
          await this.challenges.insertReference(id, reference, manager);
        }
      });
    }
    if (inserted > 0) this.logger.log(`Seeded ${inserted} challenges`);
  }
}
