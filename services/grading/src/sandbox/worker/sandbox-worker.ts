/**
 * Entry of a sandbox worker process: `node sandbox-worker.js <language> [snapshot file]`, or
 * `node sandbox-worker.js python --make-snapshot <file>` to write the Python snapshot once. The grading service starts it
 * with an empty environment (and inside bubblewrap where installed), sends run requests on stdin and
 * reads results on fd 3. One request at a time; after each, the interpreter state is thrown away and a
 * fresh one is prepared before the next request arrives.
 */
import { readFileSync, writeFileSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { LOAD_CALL, type LanguageRunner, type RunRequest, type WorkerLanguage, type WorkerMessage } from './protocol';
import { PyodideRunner, makePythonSnapshot } from './pyodide-runner';
import { QuickJsRunner } from './quickjs-runner';
import { SqliteRunner } from './sqlite-runner';

const RESULTS_FD = 3;

function send(message: WorkerMessage): void {
  const bytes = Buffer.from(`${JSON.stringify(message)}\n`);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(RESULTS_FD, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

function runnerFor(language: WorkerLanguage, options: string[]): LanguageRunner {
  switch (language) {
    case 'javascript':
      return new QuickJsRunner(false);
    case 'typescript':
      return new QuickJsRunner(true);
    case 'python':
      return new PyodideRunner(readFileSync(options[0]));
    case 'sql':
      return new SqliteRunner();
    default:
      throw new Error(`no runner for ${String(language)}`);
  }
}

async function run(runner: LanguageRunner, request: RunRequest): Promise<void> {
  send({ kind: 'started', id: request.id, call: LOAD_CALL });
  const failed = await runner.load(request);
  if (failed) {
    send({ kind: 'finished', id: request.id, call: LOAD_CALL, outcome: failed });
    return;
  }
  for (const [call, args] of request.calls.entries()) {
    send({ kind: 'started', id: request.id, call });
    send({ kind: 'finished', id: request.id, call, outcome: await runner.call(args, request.limits) });
  }
}

async function main(): Promise<void> {
  const [language, ...options] = process.argv.slice(2) as [WorkerLanguage, ...string[]];
  if (options[0] === '--make-snapshot') {
    writeFileSync(options[1], await makePythonSnapshot());
    return;
  }
  const runner = runnerFor(language, options);
  await runner.prepare();
  send({ kind: 'ready', language });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const request = JSON.parse(line) as RunRequest;
    try {
      await run(runner, request);
    } finally {
      runner.discard();
    }
    send({ kind: 'done', id: request.id });
    await runner.prepare();
    send({ kind: 'ready', language });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(70);
  },
);
