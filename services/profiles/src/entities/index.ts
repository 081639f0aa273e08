import { BUS_ENTITIES } from '@skillproof/bus';
import { ApiKeyEntity } from './api-key.entity';
import { CandidateProfileEntity } from './candidate-profile.entity';
import { CompanyEntity } from './company.entity';
import { CompanyInvitationEntity } from './company-invitation.entity';
import { LoginThrottleEntity } from './login-throttle.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SigningKeyEntity } from './signing-key.entity';
import { SkillEvidenceEntity } from './skill-evidence.entity';
import { UserEntity } from './user.entity';
import { VerifiedSkillEntity } from './verified-skill.entity';

export const PROFILES_ENTITIES = [
  ...BUS_ENTITIES,
  ApiKeyEntity,
  CandidateProfileEntity,
  CompanyEntity,
  CompanyInvitationEntity,
  LoginThrottleEntity,
  RefreshTokenEntity,
  SigningKeyEntity,
  SkillEvidenceEntity,
  UserEntity,
  VerifiedSkillEntity,
];
