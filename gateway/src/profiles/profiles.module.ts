import { Module } from '@nestjs/common';
import { AccountChangesListener } from './account-changes.listener';
import { AdminUsersController } from './admin-users.controller';
import { ApiKeysController } from './api-keys.controller';
import { AuthController } from './auth.controller';
import { CompanyController } from './company.controller';
import { CompanyResolver } from './company.resolver';
import { MeController } from './me.controller';
import { OwnAccountCache } from './own-account.cache';
import { ProfilesClient } from './profiles.client';
import { ProfilesResolver } from './profiles.resolver';
import { PublicProfilesController } from './public-profiles.controller';

@Module({
  controllers: [
    AuthController,
    MeController,
    ApiKeysController,
    CompanyController,
    AdminUsersController,
    PublicProfilesController,
  ],
  providers: [ProfilesClient, OwnAccountCache, AccountChangesListener, ProfilesResolver, CompanyResolver],
})
export class ProfilesModule {}
