import { defineService } from '@skillproof/service-core';
import { AppModule } from './app.module';
import { ProfilesConfig } from './config/profiles.config';
import { PROFILES_ENTITIES } from './entities';
import { PROFILES_MIGRATIONS } from './migrations';

export const PROFILES_SERVICE = defineService({
  name: 'profiles',
  config: ProfilesConfig,
  module: () => AppModule,
  entities: PROFILES_ENTITIES,
  migrations: PROFILES_MIGRATIONS,
});
