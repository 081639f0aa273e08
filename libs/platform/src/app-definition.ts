import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ClassConstructor } from 'class-transformer';
import { loadConfig, type BaseConfig } from '@skillproof/config';
import type { Clock } from './clock';

/**
 * A process that `npm start` runs, a service or the gateway: its name, its validated settings and
 * how it is built from them. Its package exports it, so that main.ts, tests and benchmarks start
 * it the same way.
 */
/** What a test may swap in when it builds an application; production uses the defaults. */
export interface AppOptions {
  /** The system clock when not given. */
  clock?: Clock;
}

export interface AppDefinition<Config extends BaseConfig> {
  readonly name: string;
  readonly config: ClassConstructor<Config>;
  /** Builds and initialises the application (NATS handlers already answering); HTTP is left to the caller. */
  create(config: Config, options?: AppOptions): Promise<NestFastifyApplication>;
}

/** The whole of every main.ts: settings from the environment, the application, HTTP on HOST:PORT. */
export function runApp<Config extends BaseConfig>(definition: AppDefinition<Config>): void {
  const run = async (): Promise<void> => {
    const config = loadConfig(definition.config);
    const app = await definition.create(config);
    await app.listen({ port: config.PORT, host: config.HOST });
    collectStartUpGarbage();
  };
  run().catch((error: unknown) => {
    // A bad setting or an unreachable dependency at start: say which, and let the supervisor restart us.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

/**
 * Starting leaves garbage behind (module evaluation, Nest's scan of every module, schemas built
 * once) that V8 frees only at a full collection, which an idle process may never come to. So once
 * a process is ready it runs one, as a "last resort": repeated until nothing more is freed, with
 * compaction, so that emptied pages go back to the system (a plain `gc()` freed nothing measurable).
 * Idle resident memory as `npm start` runs the processes: gateway 124-125 -> 114-116 MiB, grading
 * 110-111 -> 100-101, catalog 97-98 -> 92-93, the others 99-100 -> 94-95. `npm start`, the image and
 * the manifests run every process with --expose-gc for this (scripts/start/supervisor.js); tests
 * run without it, and then there is nothing to call.
 *
 * It runs three times: V8 drops a function's bytecode once it has not run through six full
 * collections (`--bytecode-old-age`), and one last-resort collection is not always that many, so
 * after one the bytecode of everything that only ran to start stayed (3.4 MB in the gateway, 0.9
 * after three). Idle gateway 104-109 -> 99-100 MiB, the services within 1 MiB; each collection
 * takes 70-90 ms there, before the process answers its first request.
 */
const START_UP_COLLECTIONS = 3;

function collectStartUpGarbage(): void {
  for (let round = 0; round < START_UP_COLLECTIONS; round += 1) {
    globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  }
}
