import { Injectable, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { ensureDatabase } from './ensure-database';

export interface PersistenceOptions {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/**
 * A service's own database: created when missing and migrated at start. Migrations are the only
 * schema authority; `synchronize` stays off.
 */
export class PersistenceModule {
  static forRoot(options: PersistenceOptions): DynamicModule {
    return TypeOrmModule.forRootAsync({
      useFactory: async () => {
        await ensureDatabase(options.url);
        return {
          type: 'postgres' as const,
          url: options.url,
          entities: options.entities,
          migrations: options.migrations,
          migrationsTableName: 'migrations',
          synchronize: false,
          extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 },
        };
      },
      dataSourceFactory: async (dataSourceOptions) => {
        const dataSource = await new DataSource(dataSourceOptions!).initialize();
        await migrateExclusively(dataSource);
        return dataSource;
      },
    });
  }
}

/** Any fixed number works; it only has to be the same for every replica of a service. */
const MIGRATION_LOCK = 720_451_013;

/**
 * Replicas of a service start together (grading scales out); without a lock two of them race to
 * create the migrations table and run the same migration, and one crashes. A session-level
 * advisory lock lets the first migrate while the others wait, then find nothing left to do.
 */
async function migrateExclusively(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
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
