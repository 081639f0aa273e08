import { Client } from 'pg';
import { createTestDatabase, startApp, startTestNats, type TestDatabase, type TestNats } from '@skillproof/testing';
import { CATALOG_SERVICE } from '../src/app.definition';

const TABLES = [
  'skills',
  'careers',
  'industries',
  'certifications',
  'career_skills',
  'career_industries',
  'skill_relations',
  'skill_certifications',
  'seed_versions',
];

/** Row counts per table plus the newest change time of skills and careers. */
async function snapshot(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const state: Record<string, string> = {};
    for (const table of TABLES) {
      state[table] = (await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n;
    }
    for (const table of ['skills', 'careers']) {
      const { rows } = await client.query(
        `SELECT max(updated_at)::text AS at, max(created_at)::text AS created FROM ${table}`,
      );
      state[`${table}.updated_at`] = rows[0].at;
      state[`${table}.created_at`] = rows[0].created;
    }
    return state;
  } finally {
    await client.end();
  }
}

describe('catalogue seeding', () => {
  let database: TestDatabase;
  let nats: TestNats;

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('catalog_seed'), startTestNats()]);
  });

  afterAll(async () => {
    await nats?.dispose();
    await database?.drop();
  });

  it('loads the demo catalogue on first start and changes nothing on the next', async () => {
    const env = { DATABASE_URL: database.url, NATS_URL: nats.url };
    const first = await startApp(CATALOG_SERVICE, env);
    await first.close();
    const afterFirst = await snapshot(database.url);
    expect(Number(afterFirst.skills)).toBeGreaterThanOrEqual(26);
    expect(Number(afterFirst.careers)).toBeGreaterThanOrEqual(12);
    expect(afterFirst.seed_versions).toBe('2');

    const second = await startApp(CATALOG_SERVICE, env);
    await second.close();
    expect(await snapshot(database.url)).toEqual(afterFirst);
  });

  it('applies a version once even when two replicas start together', async () => {
    const fresh = await createTestDatabase('catalog_seed_race');
    try {
      const env = { DATABASE_URL: fresh.url, NATS_URL: nats.url };
      const replicas = await Promise.all([startApp(CATALOG_SERVICE, env), startApp(CATALOG_SERVICE, env)]);
      await Promise.all(replicas.map((replica) => replica.close()));
      const state = await snapshot(fresh.url);
      expect(state.seed_versions).toBe('2');
      expect(state.skills).toBe((await snapshot(database.url)).skills);
    } finally {
      await fresh.drop();
    }
  });
});
