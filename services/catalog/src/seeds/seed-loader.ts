import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SkillEntity } from '../entities/skill.entity';
import { SKILL_SEEDS } from './skills';

/**
 * Loads the demo catalogue on start. Rows are matched by slug and written only when missing, so a
 * restart changes nothing and an operator's later edits are never overwritten by the seed.
 */
@Injectable()
export class SeedLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedLoader.name);

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(SkillEntity)
      .values(SKILL_SEEDS)
      .orIgnore()
      .execute();
    const inserted = result.raw.length ?? 0;
    if (inserted > 0) this.logger.log(`Seeded ${inserted} skills`);
  }
}
