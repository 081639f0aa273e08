import { defineService } from '@skillproof/service-core';
import { AppModule } from './app.module';
import { JobsConfig } from './config/jobs.config';
import { JOBS_ENTITIES } from './entities';
import { JOBS_MIGRATIONS } from './migrations';

export const JOBS_SERVICE = defineService({
  name: 'jobs',
  config: JobsConfig,
  module: () => AppModule,
  entities: JOBS_ENTITIES,
  migrations: JOBS_MIGRATIONS,
});
