import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SeedVersionRepository } from '../repositories/seed-version.repository';
import type { SeedVersion } from './seed-version';
import { SEED_VERSIONS } from './seed-versions';
import { SeedWriter } from './seed-writer';

/**
 * Applies the seed versions this database has not received yet, each in one transaction with its
 * record in `seed_versions`. A restart finds every version recorded and writes nothing, so rows
 * and their `updated_at` stay as they were, including an admin's later edits.
 */
@Injectable()
export class SeedLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedLoader.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: SeedVersionRepository,
    private readonly writer: SeedWriter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const seed of SEED_VERSIONS) await this.applyOnce(seed);
  }

  private async applyOnce(seed: SeedVersion): Promise<void> {
    const applied = await this.dataSource.transaction(async (manager) => {
      await this.versions.lock(manager);
      if (await this.versions.isApplied(seed.version, manager)) return false;
      await seed.apply(this.writer, manager);
      await this.versions.markApplied(seed.version, manager);
      return true;
    });
    if (applied) this.logger.log(`Applied catalogue seed ${seed.version}`);
  }
}
