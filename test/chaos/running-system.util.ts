import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectEventually, freePort } from '@skillproof/testing';

const ROOT = join(__dirname, '..', '..');

export interface SystemProcess {
  pid: number;
  args: string;
}

/**
 * The whole of Skillproof as `npm start` runs it: `scripts/start.js` supervising every service and
 * the gateway, on servers the test owns. The processes are found by their parent, never by name,
 * so nothing else on the machine can be hit.
 */
export class RunningSystem {
  private exit?: string;
  /** Pids seen before a kill, to tell the replacement from the replicas that kept running. */
  private readonly known = new Set<number>();

  private constructor(
    private readonly supervisor: ChildProcess,
    readonly baseUrl: string,
    readonly logFile: string,
  ) {
    supervisor.once('exit', (code, signal) => (this.exit = `start.js exited (${signal ?? `code ${code}`})`));
  }

  /** `env` is the whole environment of the system; the gateway port and log format are added here. */
  static async start(env: NodeJS.ProcessEnv, logFile: string): Promise<RunningSystem> {
    const port = await freePort();
    const log = openSync(logFile, 'a');
    const supervisor = spawn(process.execPath, [join(ROOT, 'scripts', 'start.js')], {
      cwd: ROOT,
      env: { ...env, PORT: String(port), SERVICE_PORT_BASE: '0', LOG_FORMAT: 'json' },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    const system = new RunningSystem(supervisor, `http://127.0.0.1:${port}`, logFile);
    await expectEventually(async () => system.assertReady(), 180_000, 250);
    return system;
  }

  /** Throws unless the supervisor is still running and the gateway reports every service ready. */
  async assertReady(): Promise<void> {
    if (this.exit) throw new Error(`${this.exit}; see ${this.logFile}`);
    const response = await fetch(`${this.baseUrl}/health/ready`, { signal: AbortSignal.timeout(3_000) });
    if (response.status !== 200) throw new Error(`/health/ready answered ${response.status}`);
  }

  /** The supervisor's end, if it has ended: it gives up on a process that keeps crashing. */
  get ended(): string | undefined {
    return this.exit;
  }

  /** The supervisor's children: every service replica and the gateway. */
  processes(): SystemProcess[] {
    let listing: string;
    try {
      listing = execFileSync('ps', ['--ppid', String(this.supervisor.pid), '-o', 'pid=,args='], { encoding: 'utf8' });
    } catch {
      // ps exits with 1 when the parent has no children at all, e.g. between a crash and the restart.
      return [];
    }
    return listing
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ pid: Number(match[1]), args: match[2] }));
  }

  /** SIGKILLs the first process whose command line contains `script`; returns its pid. */
  kill(script: string): number {
    this.remember();
    const target = this.processes().find((entry) => entry.args.includes(script));
    if (!target) throw new Error(`no running process of ${script}`);
    process.kill(target.pid, 'SIGKILL');
    return target.pid;
  }

  /**
   * Waits until the supervisor has started a new process in place of the killed one and that
   * process itself reports ready, so a replica counts as back only when it can take work again.
   */
  async waitForReplacement(script: string, killedPid: number, replicas: number, timeoutMs: number): Promise<void> {
    const replacement = await expectEventually(
      () => {
        const running = this.processes().filter((entry) => entry.args.includes(script));
        const fresh = running.find((entry) => !this.known.has(entry.pid));
        if (running.some((entry) => entry.pid === killedPid) || running.length < replicas || !fresh) {
          throw new Error(`${script} not replaced yet`);
        }
        return fresh.pid;
      },
      timeoutMs,
      100,
    );
    await expectEventually(
      async () => {
        const port = listeningPort(replacement);
        const response = await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(2_000) });
        if (response.status !== 200) throw new Error(`process ${replacement} answered ${response.status}`);
      },
      timeoutMs,
      100,
    );
    this.remember();
  }

  /**
   * The processes that ended, as the supervisor logged them (`name | exited (SIGKILL)`): the kills
   * of the test, and any crash nobody asked for.
   */
  exits(): string[] {
    return readFileSync(this.logFile, 'utf8')
      .split('\n')
      .filter((line) => /^\S+\s*\| exited \(/.test(line))
      .map((line) => line.replace(/\s*\|\s*/, ' '));
  }

  private remember(): void {
    for (const entry of this.processes()) this.known.add(entry.pid);
  }

  /** SIGTERM, as Ctrl-C: the supervisor stops every process gracefully, then exits. */
  async stop(): Promise<void> {
    if (this.supervisor.exitCode !== null || this.supervisor.signalCode !== null) return;
    const exited = new Promise((resolve) => this.supervisor.once('exit', resolve));
    this.supervisor.kill('SIGTERM');
    await exited;
  }
}

/** The TCP port a process listens on (services listen on one, for health and metrics). */
function listeningPort(pid: number): number {
  const sockets = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' });
  const line = sockets.split('\n').find((entry) => entry.includes(`pid=${pid},`));
  const port = line ? /:(\d+)\s/.exec(line)?.[1] : undefined;
  if (!port) throw new Error(`process ${pid} listens on no port yet`);
  return Number(port);
}
