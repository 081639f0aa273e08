import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectEventually } from './expect-eventually';
import { freePort, isListening } from './free-port';

export interface TestPgBouncer {
  /** `databaseUrl` with its host and port replaced by the pooler's. */
  pooled(databaseUrl: string): string;
  dispose(): Promise<void>;
}

/**
 * PgBouncer in transaction mode in front of the test server, as production runs CloudNativePG's
 * Pooler: every transaction may land on a different server connection, so session state (LISTEN,
 * session advisory locks, SET) does not survive from one statement to the next. Uses Debian's
 * `pgbouncer` (apt-get install pgbouncer).
 */
export async function startTestPgBouncer(serverUrl: string): Promise<TestPgBouncer> {
  const server = new URL(serverUrl);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'skillproof-pgbouncer-'));
  // PgBouncer refuses to run as root and then reads its files as the user it switches to.
  chmodSync(dir, 0o755);
  const user = decodeURIComponent(server.username || 'postgres');
  const password = decodeURIComponent(server.password);
  // Clients are trusted; the password is the one PgBouncer itself logs in to the server with.
  writeFileSync(join(dir, 'users.txt'), `"${user}" "${password}"\n`, { mode: 0o644 });
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || '5432'}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      // Fewer server connections than the services' pools hold, so transactions really do share them,
      // and handed out in turn, so that consecutive transactions of one client land on different
      // ones, as on a busy pooler.
      'default_pool_size = 4',
      'server_round_robin = 1',
      'max_client_conn = 200',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  const runAs = process.getuid?.() === 0 ? ['-u', 'nobody'] : [];
  let exit: string | undefined;
  // Debian puts it in /usr/sbin, which is not on every user's PATH.
  const binary = existsSync('/usr/sbin/pgbouncer') ? '/usr/sbin/pgbouncer' : 'pgbouncer';
  const child: ChildProcess = spawn(binary, [...runAs, join(dir, 'pgbouncer.ini')], { stdio: 'ignore' });
  child.once('error', (error) => (exit = error.message));
  child.once('exit', (code, signal) => (exit ??= `pgbouncer exited (${signal ?? `code ${code}`})`));
  await expectEventually(async () => {
    if (exit) throw new Error(`${exit}: install it with apt-get install pgbouncer`);
    if (!(await isListening('127.0.0.1', port))) throw new Error(`pgbouncer does not listen on ${port} yet`);
  }, 10_000);
  return {
    pooled: (databaseUrl) => {
      const pooled = new URL(databaseUrl);
      pooled.hostname = '127.0.0.1';
      pooled.port = String(port);
      return pooled.toString();
    },
    dispose: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
