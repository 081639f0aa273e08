import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** Which seed versions this database has received, so that each is applied exactly once. */
@Injectable()
export class SeedVersionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Held until the transaction ends: replicas starting together apply a version once, one after the other. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('catalog.seed_versions'))`);
  }

  async isApplied(version: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM seed_versions WHERE version = $1`, [version]);
    return rows.length > 0;
  }

  async markApplied(version: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`INSERT INTO seed_versions (version) VALUES ($1)`, [version]);
  }
}
