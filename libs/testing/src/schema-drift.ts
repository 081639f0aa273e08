import { DataSource, type DataSourceOptions } from 'typeorm';

type Entities = NonNullable<DataSourceOptions['entities']>;
type Migrations = NonNullable<DataSourceOptions['migrations']>;

/**
 * Runs a service's migrations on an empty database, then asks TypeORM what it would change to
 * match the entities. Anything it lists is a drift between the two: the migrations are the schema
 * authority, so the entities must describe exactly what they create.
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
    return sql.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}
