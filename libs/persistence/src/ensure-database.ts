import { Client } from 'pg';

/**
 * What "it exists already" looks like: `duplicate_database` when the name was taken before, and a
 * unique violation on pg_database when another process created it during our CREATE DATABASE, as
 * replicas starting together do.
 */
const ALREADY_EXISTS = new Set(['42P04', '23505']);

/** Creates the database named in `url` when it does not exist yet, so a fresh server needs no manual step. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-zA-Z0-9_]+$/.test(name)) throw new Error(`Database name "${name}" must be letters, digits and underscores`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } catch (error) {
    if (!ALREADY_EXISTS.has((error as { code?: string }).code ?? '')) throw error;
  } finally {
    await client.end();
  }
}
