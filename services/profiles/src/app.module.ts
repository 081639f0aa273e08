import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusModule } from '@skillproof/bus';
import { ObservabilityModule } from '@skillproof/observability';
import { DatabaseReadiness, PersistenceModule } from '@skillproof/persistence';
import { NatsReadiness, PlatformModule } from '@skillproof/platform';
import { ProfilesConfig } from './config/profiles.config';
import { PROFILES_ENTITIES, PROFILES_FEATURE_ENTITIES } from './entities';
import { ApiKeyHandler } from './handlers/api-key.handler';
import { AuthHandler } from './handlers/auth.handler';
import { ChallengesEventsHandler } from './handlers/challenges-events.handler';
import { GradingEventsHandler } from './handlers/grading-events.handler';
import { ProfileHandler } from './handlers/profile.handler';
import { PROFILES_MIGRATIONS } from './migrations';
import { ApiKeyRepository } from './repositories/api-key.repository';
import { CandidateProfileRepository } from './repositories/candidate-profile.repository';
import { LoginThrottleRepository } from './repositories/login-throttle.repository';
import { SigningKeyRepository } from './repositories/signing-key.repository';
import { UserRepository } from './repositories/user.repository';
import { VerifiedSkillRepository } from './repositories/verified-skill.repository';
import { AccountSeedLoader } from './seeds/account-seed-loader';
import { AccountService } from './services/account.service';
import { ApiKeyService } from './services/api-key.service';
import { HandleGenerator } from './services/handle-generator.service';
import { LoginThrottle } from './services/login-throttle.service';
import { PasswordHasher } from './services/password-hasher.service';
import { ProfileService } from './services/profile.service';
import { TokenSigner } from './services/token-signer.service';
import { VerifiedSkillService } from './services/verified-skill.service';

export const SERVICE_NAME = 'profiles';

@Global()
@Module({})
class ProfilesConfigModule {
  static forRoot(config: ProfilesConfig): DynamicModule {
    return {
      module: ProfilesConfigModule,
      providers: [{ provide: ProfilesConfig, useValue: config }],
      exports: [ProfilesConfig],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: ProfilesConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ProfilesConfigModule.forRoot(config),
        PlatformModule,
        ObservabilityModule.forRoot({
          service: SERVICE_NAME,
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, NatsReadiness],
          answerOverNats: true,
        }),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          entities: PROFILES_ENTITIES,
          migrations: PROFILES_MIGRATIONS,
        }),
        TypeOrmModule.forFeature(PROFILES_FEATURE_ENTITIES),
        BusModule.forRoot({
          service: SERVICE_NAME,
          natsUrl: config.NATS_URL,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
      ],
      controllers: [AuthHandler, ApiKeyHandler, ProfileHandler],
      providers: [
        ApiKeyRepository,
        CandidateProfileRepository,
        LoginThrottleRepository,
        SigningKeyRepository,
        UserRepository,
        VerifiedSkillRepository,
        AccountService,
        ApiKeyService,
        HandleGenerator,
        LoginThrottle,
        PasswordHasher,
        ProfileService,
        TokenSigner,
        VerifiedSkillService,
        AccountSeedLoader,
        GradingEventsHandler,
        ChallengesEventsHandler,
      ],
    };
  }
}
