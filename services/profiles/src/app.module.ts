import { Module } from '@nestjs/common';
import { GradeRecordedConsumer } from './consumers/grade-recorded.consumer';
import { ApiKeyHandler } from './handlers/api-key.handler';
import { AuthHandler } from './handlers/auth.handler';
import { ProfileHandler } from './handlers/profile.handler';
import { ApiKeyRepository } from './repositories/api-key.repository';
import { CandidateProfileRepository } from './repositories/candidate-profile.repository';
import { LoginThrottleRepository } from './repositories/login-throttle.repository';
import { RefreshTokenRepository } from './repositories/refresh-token.repository';
import { SigningKeyRepository } from './repositories/signing-key.repository';
import { UserRepository } from './repositories/user.repository';
import { VerifiedSkillRepository } from './repositories/verified-skill.repository';
import { AccountSeedLoader } from './seeds/account-seed-loader';
import { AccountService } from './services/account.service';
import { ApiKeyService } from './services/api-key.service';
import { HandleGenerator } from './services/handle-generator.service';
import { LoginThrottle } from './services/login-throttle.service';
import { PasswordHasher } from './services/password-hasher.service';
import { RefreshTokenService } from './services/refresh-token.service';
import { ProfileService } from './services/profile.service';
import { TokenSigner } from './services/token-signer.service';
import { VerifiedSkillService } from './services/verified-skill.service';

/** The profiles service's own handlers, consumers, services and repositories; ServiceCoreModule brings the rest. */
@Module({
  controllers: [AuthHandler, ApiKeyHandler, ProfileHandler],
  providers: [
    ApiKeyRepository,
    CandidateProfileRepository,
    LoginThrottleRepository,
    RefreshTokenRepository,
    SigningKeyRepository,
    UserRepository,
    VerifiedSkillRepository,
    AccountService,
    ApiKeyService,
    HandleGenerator,
    LoginThrottle,
    PasswordHasher,
    RefreshTokenService,
    ProfileService,
    TokenSigner,
    VerifiedSkillService,
    AccountSeedLoader,
    GradeRecordedConsumer,
  ],
})
export class AppModule {}
