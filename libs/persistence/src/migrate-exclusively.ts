import { DataSource, type MixedList } from 'typeorm';

/** Any number, the same in every process; advisory locks are per database, so services never wait on each other. */
const MIGRATION_LOCK = 7_301_944;

export interface MigrationOptions {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * Applies pending migrations while holding a PostgreSQL advisory lock, so replicas that start
 * together migrate one after another: the first applies them, the others find nothing to do.
 * Without it they race to create the same tables and all but one crash on the catalog's unique index.
 */
export async function migrateExclusively(options: MigrationOptions): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    extra: { max: 2 },
  });
  await dataSource.initialize();
  // The lock belongs to a session, so it is taken and given back on one dedicated connection.
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
