import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ClassConstructor } from 'class-transformer';
import { loadConfig, type BaseConfig } from '@skillproof/config';
import type { Clock } from './clock';
import { IDLE_COLLECTOR_DEFAULTS, IdleCollector, processProbe } from './idle-collector';

/** What a test may swap in when it builds an application; production uses the defaults. */
export interface AppOptions {
  /** The system clock when not given. */
  clock?: Clock;
}

/**
 * A process that `npm start` runs, a service or the gateway: its name, its validated settings and
 * how it is built from them. Its package exports it, so that main.ts, tests and benchmarks start
 * it the same way.
 */
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
    collectWhenIdle();
  };
  run().catch((error: unknown) => {
    // A bad setting or an unreachable dependency at start: say which, and let the supervisor restart us.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

/** Gives memory back once the process goes quiet, start-up included (idle-collector.ts). */
function collectWhenIdle(): void {
  const probe = processProbe();
  if (!probe) return;
  const logger = new Logger('IdleCollector');
  const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
  new IdleCollector(probe, IDLE_COLLECTOR_DEFAULTS, ({ residentBefore, residentAfter, tookMs, released }) =>
    logger.log(
      `idle: resident ${mib(residentBefore)} -> ${mib(residentAfter)} MiB (${tookMs.toFixed(0)} ms)` +
        (released ? '' : "; malloc's free pages kept: no malloc_trim to call here"),
    ),
  ).start();
}
