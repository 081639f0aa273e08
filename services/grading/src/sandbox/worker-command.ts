import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { bubblewrapArgs, detectBubblewrap } from './bubblewrap';
import type { WorkerLanguage } from './worker/protocol';

/** The packages a worker loads; their node_modules folders are all a worker may read besides its own code. */
const WORKER_PACKAGES = ['quickjs-emscripten', 'pyodide', 'sql.js', 'typescript'];

/**
 * Builds a worker's command line: node with its permission model (read-only access to the worker's code,
 * its packages and the Python snapshot; no writes, no child processes), wrapped in bubblewrap when it
 * is there. It also makes the Python snapshot, once, in a private temporary folder.
 */
export class WorkerCommand {
  readonly command: string;
  readonly cwd: string;
  private readonly script: string;
  private readonly readable: string[];
  private readonly snapshotDir: string;
  private snapshot?: Promise<string>;

  constructor(private readonly bwrap: string | undefined) {
    this.script = workerScript();
    this.cwd = dirname(this.script);
    this.snapshotDir = mkdtempSync(join(tmpdir(), 'skillproof-sandbox-'));
    this.readable = [...new Set([this.cwd, ...WORKER_PACKAGES.map(nodeModulesOf), this.snapshotDir])];
    this.command = bwrap ?? process.execPath;
  }

  static detect(bubblewrap: 'auto' | 'off'): WorkerCommand {
    return new WorkerCommand(bubblewrap === 'off' ? undefined : detectBubblewrap());
  }

  get wall(): 'bubblewrap' | 'process' {
    return this.bwrap ? 'bubblewrap' : 'process';
  }

  async args(language: WorkerLanguage): Promise<string[]> {
    const options = language === 'python' ? [await this.pythonSnapshot()] : [];
    return this.line([], [language, ...options]);
  }

  close(): void {
    rmSync(this.snapshotDir, { recursive: true, force: true });
  }

  private line(writable: string[], workerArgs: string[]): string[] {
    const permission = process.allowedNodeEnvironmentFlags.has('--permission')
      ? [
          '--permission',
          // The Python worker's deadline thread.
          '--allow-worker',
          ...this.readable.map((path) => `--allow-fs-read=${path}`),
          ...writable.map((path) => `--allow-fs-write=${path}`),
        ]
      : [];
    const node = [...permission, '--max-old-space-size=256', this.script, ...workerArgs];
    return this.bwrap ? [...bubblewrapArgs(this.readable, this.cwd, writable), ...node] : node;
  }

  private pythonSnapshot(): Promise<string> {
    this.snapshot ??= this.makeSnapshot().catch((error: unknown) => {
      this.snapshot = undefined;
      throw error;
    });
    return this.snapshot;
  }

  private makeSnapshot(): Promise<string> {
    const file = join(this.snapshotDir, 'python.snapshot');
    const child = spawn(this.command, this.line([this.snapshotDir], ['python', '--make-snapshot', file]), {
      cwd: this.cwd,
      env: {},
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4096)));
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 && existsSync(file)
          ? resolve(file)
          : reject(new Error(`the Python snapshot failed (${code}): ${stderr.trim()}`)),
      );
    });
  }
}

/** The worker runs as plain JavaScript: beside this file once built, or from the build when tests import sources. */
function workerScript(): string {
  const beside = join(__dirname, 'worker', 'sandbox-worker.js');
  if (existsSync(beside)) return beside;
  const built = join(__dirname, '..', '..', 'dist', 'sandbox', 'worker', 'sandbox-worker.js');
  if (existsSync(built)) return built;
  throw new Error(`Build the grading service first (npx tsc -b tsconfig.build.json): ${built} is missing`);
}

function nodeModulesOf(packageName: string): string {
  const entry = require.resolve(packageName);
  const marker = `${sep}node_modules${sep}`;
  return entry.slice(0, entry.lastIndexOf(marker) + marker.length - 1);
}
