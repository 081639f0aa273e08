import type {
  ApiKeyView,
  CompanyInvitationView,
  CompanyMemberView,
  OwnProfileView,
  UserView,
  VerifiedSkillView,
} from '@skillproof/contracts';
import type { ApiKeyEntity } from '../entities/api-key.entity';
import type { CompanyInvitationEntity } from '../entities/company-invitation.entity';
import type { UserEntity } from '../entities/user.entity';
import type { ProfileFields, PublicSkillFields } from '../repositories/user.repository';

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    companyId: user.companyId,
    createdAt: user.createdAt.toISOString(),
  };
}

/** Only for a publicly verified skill (a score from public evidence); the evidence says how each was earned. */
export function toVerifiedSkillView(skill: PublicSkillFields): VerifiedSkillView {
  return {
    skill: skill.skill,
    score: skill.score!,
    level: skill.level!,
    verifiedAt: skill.verifiedAt!.toISOString(),
    evidence: skill.evidence.map(
      ({ challengeId, title, score, gradedAt, verification, issuer, reviewer, standing, attempts, counts }) => ({
        challengeId,
        title,
        score,
        gradedAt,
        verification,
        issuer,
        reviewer,
        standing,
        attempts,
        counts,
      }),
    ),
  };
}

export function toOwnProfileView(profile: ProfileFields, name: string, skills: PublicSkillFields[]): OwnProfileView {
  return {
    handle: profile.handle,
    name,
    headline: profile.headline,
    location: profile.location,
    links: profile.links,
    visibility: profile.visibility,
    verifiedSkills: skills.map(toVerifiedSkillView),
  };
}

export function toApiKeyView(key: ApiKeyEntity): ApiKeyView {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    createdAt: key.createdAt.toISOString(),
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

export function toCompanyMemberView(user: UserEntity): CompanyMemberView {
  return { userId: user.id, name: user.name, email: user.email, createdAt: user.createdAt.toISOString() };
}

export function toCompanyInvitationView(invitation: CompanyInvitationEntity): CompanyInvitationView {
  return {
    id: invitation.id,
    companyId: invitation.companyId,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
