import { DataSource, type DataSourceOptions } from 'typeorm';

type Entities = NonNullable<DataSourceOptions['entities']>;
type Migrations = NonNullable<DataSourceOptions['migrations']>;

/**
 * Constraints, indexes and defaults that only the migrations declare make the database stricter
 * than the entities say, which is safe; TypeORM would drop them, and those drops are not drift.
 */
const STRICTER_THAN_ENTITIES = /DROP CONSTRAINT|DROP INDEX|ALTER COLUMN "[^"]+" DROP DEFAULT/;

/** Tables that belong to the tooling, not to a service. */
const BOOKKEEPING_TABLES = new Set(['migrations', 'typeorm_metadata']);

/**
 * Runs a service's migrations on an empty database and compares the result with its entities, both
 * ways. What it returns is drift:
 * - a table, column or type an entity uses that the migrations (the schema authority) do not create
 *   as described, which breaks at run time;
 * - a table or column the migrations create that no entity maps, which leaves code and schema free
 *   to disagree unseen (TypeORM's own comparison reports such a column as a DROP COLUMN);
 * - a generated column computed otherwise than its entity says.
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
    const generated = await generatedColumnDrift(dataSource);
    const mapped = new Set(dataSource.entityMetadatas.map((metadata) => metadata.tableName));
    const tables: Array<{ name: string }> = await dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
        ORDER BY table_name`,
    );
    const unmapped = tables
      .map((table) => table.name)
      .filter((name) => !mapped.has(name) && !BOOKKEEPING_TABLES.has(name))
      .map((name) => `table "${name}" has no entity`);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    const changes = sql.upQueries.map((query) => query.query).filter((query) => !STRICTER_THAN_ENTITIES.test(query));
    return [...unmapped, ...generated, ...changes];
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Compares each generated column's expression in the database with the one its entity declares.
 * PostgreSQL rewrites expressions (casts, parentheses), so the entity's is added beside the real
 * column for a moment, inside a transaction that is rolled back, and the two rewritten forms are
 * compared. TypeORM keeps expressions in a bookkeeping table our hand-written migrations do not
 * fill; once compared here they are recorded there, so its own comparison agrees.
 */
async function generatedColumnDrift(dataSource: DataSource): Promise<string[]> {
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar,
       "schema" varchar, "table" varchar, "name" varchar, "value" text)`,
  );
  const drift: string[] = [];
  const columns = dataSource.entityMetadatas.flatMap((metadata) =>
    metadata.columns.filter((column) => column.asExpression).map((column) => ({ table: metadata.tableName, column })),
  );
  for (const { table, column } of columns) {
    const name = column.databaseName;
    const runner = dataSource.createQueryRunner();
    let rows: Array<{ name: string; expression: string | null }>;
    try {
      await runner.startTransaction();
      await runner.query(
        `ALTER TABLE "${table}" ADD COLUMN "drift_probe" ${String(column.type)}
           GENERATED ALWAYS AS (${column.asExpression}) STORED`,
      );
      rows = await runner.query(
        `SELECT column_name AS name, generation_expression AS expression FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 AND column_name IN ($2, 'drift_probe')`,
        [table, name],
      );
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    const actual = rows.find((row) => row.name === name)?.expression;
    const declared = rows.find((row) => row.name === 'drift_probe')?.expression;
    if (actual !== declared) {
      drift.push(`column "${table}"."${name}" is generated as ${actual ?? 'nothing'}, its entity says ${declared}`);
    }
    await dataSource.query(
      `INSERT INTO "typeorm_metadata" ("type", "database", "schema", "table", "name", "value")
       VALUES ('GENERATED_COLUMN', current_database(), current_schema(), $1, $2, $3)`,
      [table, name, column.asExpression],
    );
  }
  return drift;
}
