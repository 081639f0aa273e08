import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { dockerAvailable } from './docker';
import { isListening } from './free-port';

export interface TestDatabase {
  /** Connection URL of a database that exists only for this test run. */
  url: string;
  /** URL of the server, for tests that create more databases. */
  serverUrl: string;
  drop(): Promise<void>;
}

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

let containerServer: Promise<string> | undefined;

/** URL of the PostgreSQL server tests use (env, local, or a testcontainers one). */
export async function testDatabaseServerUrl(): Promise<string> {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) return given;
  if (await isListening('127.0.0.1', 5432)) return LOCAL_SERVER;
  if (dockerAvailable()) {
    containerServer ??= (async () => {
      const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
      const container = await new PostgreSqlContainer('postgres:17-alpine').start();
      return container.getConnectionUri();
    })();
    return containerServer;
  }
  throw new Error(
    'Tests need PostgreSQL: set TEST_DATABASE_URL, run a server on 127.0.0.1:5432 ' +
      '(apt-get install postgresql), or start Docker for testcontainers.',
  );
}

function withDatabase(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/** Creates an empty database on the test server; the name is unique to this call. */
export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const server = await testDatabaseServerUrl();
  const name = `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(server, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabase(server, name),
    serverUrl: server,
    drop: async () => {
      const client = new Client({ connectionString: withDatabase(server, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
