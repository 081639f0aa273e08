import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@skillproof/testing';

export interface ChaosPostgres {
  /** URL of the server's `postgres` database; services derive their own databases from it. */
  url: string;
  /** Fast shutdown: clients are disconnected, committed data stays. */
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

type HostMessage = { ready?: string; done?: string; error?: string };

/**
 * A PostgreSQL server that belongs to the chaos test alone, so that restarting it disturbs nothing
 * else on the machine. It runs in `postgres-host.js`, which the test commands over IPC.
 */
export async function startChaosPostgres(): Promise<ChaosPostgres> {
  // The directory itself is handed to the `postgres` system user, so it is the data directory.
  const dataDir = mkdtempSync(join(tmpdir(), 'skillproof-chaos-pg-'));
  const host = fork(join(__dirname, 'postgres-host.js'), [dataDir, String(await freePort())], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const url = await answerOf(host, (message) => message.ready);
  const command = async (name: 'stop' | 'start'): Promise<void> => {
    const answer = answerOf(host, (message) => (message.done === name ? name : undefined));
    host.send({ command: name });
    await answer;
  };
  return {
    url,
    stop: () => command('stop'),
    start: () => command('start'),
    dispose: async () => {
      if (host.connected) {
        const exited = new Promise((resolve) => host.once('exit', resolve));
        host.disconnect();
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function answerOf(host: ChildProcess, pick: (message: HostMessage) => string | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: HostMessage): void => {
      if (message.error) return finish(() => reject(new Error(`embedded PostgreSQL: ${message.error}`)));
      const value = pick(message);
      if (value) finish(() => resolve(value));
    };
    const onExit = (code: number | null): void =>
      finish(() => reject(new Error(`embedded PostgreSQL host exited (${code})`)));
    const finish = (settle: () => void): void => {
      host.off('message', onMessage).off('exit', onExit);
      settle();
    };
    host.on('message', onMessage).on('exit', onExit);
  });
}
