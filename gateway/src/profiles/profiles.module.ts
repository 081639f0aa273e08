import { Module } from '@nestjs/common';
import { ApiKeysController } from './api-keys.controller';
import { AuthController } from './auth.controller';
import { MeController } from './me.controller';
import { ProfilesClient } from './profiles.client';
import { ProfilesResolver } from './profiles.resolver';
import { PublicProfilesController } from './public-profiles.controller';

@Module({
  controllers: [AuthController, MeController, ApiKeysController, PublicProfilesController],
  providers: [ProfilesClient, ProfilesResolver],
})
export class ProfilesModule {}
