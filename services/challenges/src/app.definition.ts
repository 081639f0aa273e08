import { defineService } from '@skillproof/service-core';
import { AppModule } from './app.module';
import { ChallengesConfig } from './config/challenges.config';
import { CHALLENGES_ENTITIES } from './entities';
import { CHALLENGES_MIGRATIONS } from './migrations';

export const CHALLENGES_SERVICE = defineService({
  name: 'challenges',
  config: ChallengesConfig,
  module: () => AppModule,
  entities: CHALLENGES_ENTITIES,
  migrations: CHALLENGES_MIGRATIONS,
});
