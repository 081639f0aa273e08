import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testDatabaseServerUrl } from '@skillproof/testing';
import { ensureDatabase } from '../src';

/** Replicas of one service start at the same moment (GRADING_REPLICAS, `--scale`) against one fresh database. */
describe('several replicas starting together', () => {
  let serverUrl: string;
  const created: string[] = [];

  beforeAll(async () => {
    serverUrl = await testDatabaseServerUrl();
  });

  afterAll(async () => {
    const admin = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
    await admin.connect();
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  function freshDatabase(): string {
    const name = `t_concurrent_${randomBytes(4).toString('hex')}`;
    created.push(name);
    return databaseUrl(serverUrl, name);
  }

  it('all find their database, whichever of them created it', async () => {
    const url = freshDatabase();

    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => ensureDatabase(url)));

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
  });
});

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
