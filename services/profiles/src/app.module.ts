import { Module } from '@nestjs/common';
import { ApiKeyRevokedConsumer } from './consumers/api-key-revoked.consumer';
import { GradeRecordedConsumer } from './consumers/grade-recorded.consumer';
import { SessionRevokedConsumer } from './consumers/session-revoked.consumer';
import { ApiKeyHandler } from './handlers/api-key.handler';
import { AuthHandler } from './handlers/auth.handler';
import { CompanyHandler } from './handlers/company.handler';
import { ProfileHandler } from './handlers/profile.handler';
import { SessionHandler } from './handlers/session.handler';
import { ApiKeyRepository } from './repositories/api-key.repository';
import { CandidateProfileRepository } from './repositories/candidate-profile.repository';
import { CompanyInvitationRepository } from './repositories/company-invitation.repository';
import { LoginThrottleRepository } from './repositories/login-throttle.repository';
import { RefreshTokenRepository } from './repositories/refresh-token.repository';
import { SigningKeyRepository } from './repositories/signing-key.repository';
import { UserRepository } from './repositories/user.repository';
import { VerifiedSkillRepository } from './repositories/verified-skill.repository';
import { AccountSeedLoader } from './seeds/account-seed-loader';
import { AccountService } from './services/account.service';
import { ApiKeyService } from './services/api-key.service';
import { CompanyMembershipService } from './services/company-membership.service';
import { HandleGenerator } from './services/handle-generator.service';
import { LoginThrottle } from './services/login-throttle.service';
import { PasswordHasher } from './services/password-hasher.service';
import { RefreshTokenService } from './services/refresh-token.service';
import { SessionBucket } from './services/session-bucket.service';
import { SessionService } from './services/session.service';
import { ProfileService } from './services/profile.service';
import { TokenSigner } from './services/token-signer.service';
import { UserRoleService } from './services/user-role.service';
import { VerifiedSkillService } from './services/verified-skill.service';

/** The profiles service's own handlers, consumers, services and repositories; ServiceCoreModule brings the rest. */
@Module({
  controllers: [AuthHandler, ApiKeyHandler, CompanyHandler, ProfileHandler, SessionHandler],
  providers: [
    ApiKeyRepository,
    CandidateProfileRepository,
    CompanyInvitationRepository,
    LoginThrottleRepository,
    RefreshTokenRepository,
    SigningKeyRepository,
    UserRepository,
    VerifiedSkillRepository,
    AccountService,
    ApiKeyService,
    CompanyMembershipService,
    HandleGenerator,
    LoginThrottle,
    PasswordHasher,
    RefreshTokenService,
    SessionBucket,
    SessionService,
    ProfileService,
    TokenSigner,
    UserRoleService,
    VerifiedSkillService,
    AccountSeedLoader,
    GradeRecordedConsumer,
    SessionRevokedConsumer,
    ApiKeyRevokedConsumer,
  ],
})
export class AppModule {}
