import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CATALOG_SERVICE } from '@skillproof/catalog';
import { CHALLENGES_SERVICE } from '@skillproof/challenges';
import { GRADING_SERVICE } from '@skillproof/grading';
import { JOBS_SERVICE } from '@skillproof/jobs';
import { PROFILES_SERVICE } from '@skillproof/profiles';
import { createTestDatabase, schemaDrift } from '@skillproof/testing';

/** Each service's entities must describe exactly the schema its migrations build. */
const SERVICES = [CATALOG_SERVICE, PROFILES_SERVICE, JOBS_SERVICE, CHALLENGES_SERVICE, GRADING_SERVICE];

async function driftOf(label: string, service: (typeof SERVICES)[number], extra: string[] = []): Promise<string[]> {
  const database = await createTestDatabase(`drift_${label}`);
  try {
    const migrations = extra.length === 0 ? service.migrations : [...service.migrations, laterMigration(extra)];
    return await schemaDrift(database.url, service.entities, migrations);
  } finally {
    await database.drop();
  }
}

/** A migration someone might add after the service's own: the statements the test breaks the schema with. */
function laterMigration(statements: string[]): new () => MigrationInterface {
  return class BreakSchema1999999999999 implements MigrationInterface {
    name = 'BreakSchema1999999999999';

    async up(queryRunner: QueryRunner): Promise<void> {
      for (const statement of statements) await queryRunner.query(statement);
    }

    async down(): Promise<void> {}
  };
}

describe.each(SERVICES)('$name schema', (service) => {
  it('has migrations that match its entities', async () => {
    expect(await driftOf(service.name, service)).toEqual([]);
  });
});

/** The check must be able to fail, for the tables it used to be blind to as much as for the others. */
describe('the schema-drift check', () => {
  it.each([
    ['catalog', 'ALTER TABLE "skills" RENAME COLUMN "why_it_matters" TO "rationale"', CATALOG_SERVICE, /rationale/],
    ['catalog', 'ALTER TABLE "career_skills" RENAME COLUMN "weight" TO "importance"', CATALOG_SERVICE, /importance/],
    ['grading', 'ALTER TABLE "grade_cache" RENAME COLUMN "grade" TO "verdict"', GRADING_SERVICE, /verdict/],
    ['jobs', 'ALTER TABLE "applications" RENAME COLUMN "match_score" TO "score"', JOBS_SERVICE, /"score"/],
  ])('fails when a %s migration says %s', async (label, statement, service, named) => {
    const drift = await driftOf(`${label}_rename`, service, [statement]);
    expect(drift.length).toBeGreaterThan(0);
    expect(drift.join('\n')).toMatch(named);
  });

  it('fails when a migration adds a column no entity maps', async () => {
    const drift = await driftOf('extra_column', GRADING_SERVICE, [
      'ALTER TABLE "grade_cache" ADD COLUMN "hits" integer',
    ]);
    expect(drift).toEqual([expect.stringMatching(/DROP COLUMN "hits"/)]);
  });

  it('fails when a migration builds a table no entity maps', async () => {
    const drift = await driftOf('extra_table', CATALOG_SERVICE, [
      'CREATE TABLE "skill_aliases" ("alias" text PRIMARY KEY, "skill_id" uuid NOT NULL)',
    ]);
    expect(drift).toEqual(['table "skill_aliases" has no entity']);
  });

  it('fails when a generated column is computed otherwise', async () => {
    const drift = await driftOf('regenerated', CATALOG_SERVICE, [
      'ALTER TABLE "skills" DROP COLUMN "trigram_text"',
      `ALTER TABLE "skills" ADD COLUMN "trigram_text" text GENERATED ALWAYS AS (lower("name")) STORED`,
    ]);
    expect(drift).toEqual([expect.stringMatching(/^column "skills"."trigram_text" is generated as lower\(name\)/)]);
  });

  it('fails when a column changes type or nullability', async () => {
    const drift = await driftOf('retyped', CHALLENGES_SERVICE, [
      'ALTER TABLE "challenges" ALTER COLUMN "title" DROP NOT NULL',
    ]);
    expect(drift.join('\n')).toMatch(/"title"/);
  });
});
