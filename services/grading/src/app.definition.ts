import { defineService } from '@skillproof/service-core';
import { AppModule } from './app.module';
import { GradingConfig } from './config/grading.config';
import { GRADING_ENTITIES } from './entities';
import { GRADING_MIGRATIONS } from './migrations';

/** Connections beyond the graders' own: the outbox relay, its listener and the readiness check. */
const SPARE_CONNECTIONS = 4;

export const GRADING_SERVICE = defineService({
  name: 'grading',
  config: GradingConfig,
  module: (config) => AppModule.forRoot(config),
  entities: GRADING_ENTITIES,
  migrations: GRADING_MIGRATIONS,
  // Each grading holds its inbox transaction open during the model call.
  poolSize: (config) => 2 * config.GRADING_CONCURRENCY + SPARE_CONNECTIONS,
});
