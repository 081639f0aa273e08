import { defineService } from '@skillproof/service-core';
import { AppModule } from './app.module';
import { GradingConfig } from './config/grading.config';
import { GRADING_ENTITIES } from './entities';
import { GRADING_MIGRATIONS } from './migrations';

export const GRADING_SERVICE = defineService({
  name: 'grading',
  config: GradingConfig,
  module: (config) => AppModule.forRoot(config),
  entities: GRADING_ENTITIES,
  migrations: GRADING_MIGRATIONS,
  // Gradings hold no connection while they wait on the model, so the pool does not follow the concurrency.
  poolSize: (config) => config.GRADING_DB_POOL_SIZE,
});
