import type { EntityManager } from 'typeorm';
import type { SeedWriter } from './seed-writer';

/**
 * One immutable batch of demo data. A version is applied once and recorded; changing the demo data
 * later means adding a new version, never editing an applied one.
 */
export interface SeedVersion {
  version: string;
  apply(writer: SeedWriter, manager: EntityManager): Promise<void>;
}
