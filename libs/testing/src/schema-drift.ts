import { DataSource, type DataSourceOptions } from 'typeorm';

type Entities = NonNullable<DataSourceOptions['entities']>;
type Migrations = NonNullable<DataSourceOptions['migrations']>;

/**
 * Constraints, indexes and defaults that only the migrations declare make the database stricter
 * than the entities say, which is safe; TypeORM would drop them, and those drops are not drift.
 */
const STRICTER_THAN_ENTITIES = /DROP CONSTRAINT|DROP INDEX|ALTER COLUMN "[^"]+" DROP DEFAULT/;

/**
 * Runs a service's migrations on an empty database, then asks TypeORM what it would change to
 * match the entities. What remains is drift that breaks at run time: a table, column or type the
 * entities use but the migrations (the schema authority) do not create as described.
 */
export async function schemaDrift(url: string, entities: Entities, migrations: Migrations): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    logging: false,
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query).filter((query) => !STRICTER_THAN_ENTITIES.test(query));
  } finally {
    await dataSource.destroy();
  }
}
