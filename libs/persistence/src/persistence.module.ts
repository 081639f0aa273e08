import { Injectable, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { ensureDatabase } from './ensure-database';
import { migrateExclusively } from './migrate-exclusively';

export interface PersistenceOptions {
  /** Where queries go: the database directly, or a pooler in transaction mode. */
  url: string;
  /** The database without a pooler, for session-level work (creating it, migrating under a lock); `url` when not given. */
  directUrl?: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/**
 * A service's own database: created when missing and migrated at start, one replica at a time.
 * Migrations are the only schema authority; `synchronize` stays off.
 */
export class PersistenceModule {
  static forRoot(options: PersistenceOptions): DynamicModule {
    return TypeOrmModule.forRootAsync({
      useFactory: async () => {
        const directUrl = options.directUrl ?? options.url;
        await ensureDatabase(directUrl);
        await migrateExclusively({ url: directUrl, migrations: options.migrations });
        return {
          type: 'postgres' as const,
          url: options.url,
          entities: options.entities,
          migrations: options.migrations,
          // Applied above under the lock: TypeORM's own run at start would race between replicas.
          migrationsRun: false,
          migrationsTableName: 'migrations',
          synchronize: false,
          extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 },
        };
      },
    });
  }
}

/** Readiness of the database: one round trip. */
@Injectable()
export class DatabaseReadiness {
  readonly name = 'database';

  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
