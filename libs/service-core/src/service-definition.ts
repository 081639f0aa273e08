import type { DynamicModule, Type } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';
import type { MigrationInterface } from 'typeorm';
import type { BaseConfig } from '@skillproof/config';
import { createService, type AppDefinition } from '@skillproof/platform';
import { ServiceCoreModule } from './service-core.module';

/** Settings every service has: those of every process, plus its own database. */
export type ServiceSettings = BaseConfig & { DATABASE_URL: string; DATABASE_DIRECT_URL?: string };

/** What makes one service different from the others; everything else the skeleton provides. */
export interface ServiceParts<Config extends ServiceSettings> {
  /** NATS queue group, event `source`, prefix of durable consumers, `service` field of every log line. */
  name: string;
  /** The validated settings class, provided to every provider of the service by its own type. */
  config: ClassConstructor<Config>;
  /** The service's own module: handlers, consumers, services, repositories. */
  module: (config: Config) => Type<unknown> | DynamicModule;
  /** Every table the migrations build has an entity here; the schema-drift test holds them to it. */
  entities: Array<new () => object>;
  migrations: Array<new () => MigrationInterface>;
  /** Connections in the database pool (10 when not given). */
  poolSize?: (config: Config) => number;
}

export type ServiceDefinition<Config extends ServiceSettings> = ServiceParts<Config> & AppDefinition<Config>;

/**
 * Declares a service. Its package exports the result (`src/app.definition.ts`), so that main.ts
 * runs it, tests start it in process, and the schema-drift test reads its entities and migrations.
 */
export function defineService<Config extends ServiceSettings>(parts: ServiceParts<Config>): ServiceDefinition<Config> {
  return {
    ...parts,
    create: (config, options = {}) =>
      createService(parts.name, ServiceCoreModule.forRoot(parts, config, options.clock), config),
  };
}
