import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { defineEvent, defineRequest } from './definitions';
import type { Level } from './levels';
import { IsOmittable } from './omittable';
import { OnBehalfOfRequest, type Principal, type Role } from './principal';
import type { GradeTrust } from './trust.contract';

export interface VerificationEvidence extends GradeTrust {
  submissionId: string;
  challengeId: string;
  title: string;
  score: number;
  gradedAt: string;
  /** Graded attempts the candidate had made at the challenge when this was decided. */
  attempts: number;
  /** False for a company's own evidence shown beside the public score: it counts for that company alone. */
  counts: boolean;
}

export interface SkillVerifiedData {
  candidateId: string;
  skill: string;
  /** The public verified score after this change, 0–100; null when only companies' own evidence exists. */
  score: number | null;
  level: Level | null;
  verifiedAt: string | null;
  evidence: VerificationEvidence[];
  /**
   * The score as each company with evidence of its own (its reviews, its unapproved challenges)
   * sees it: that evidence together with the public one. Companies not named see `score`.
   */
  companyScores: Record<string, number>;
  /** When this computation was made; a copy keeps the latest. */
  computedAt: string;
}

/** A user whose own account view (`GET /v1/me`) changed. */
export interface AccountChangedData {
  userId: string;
}

export const ProfilesEvents = {
  /** A candidate's verified score for a skill changed. */
  skillVerified: defineEvent<SkillVerifiedData>('evt.profiles.skill.verified'),
  /**
   * Something the user's own account view shows changed: their profile, a publicly verified skill
   * or its evidence, their role or company. Gateways drop the view they keep for that user.
   */
  accountChanged: defineEvent<AccountChangedData>('evt.profiles.account.changed'),
} as const;

export const ACCOUNT_ROLES = ['candidate', 'company'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const VISIBILITIES = ['public', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** 3–40 lowercase letters, digits and inner hyphens: safe in a URL path and easy to read aloud. */
export const HANDLE_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/;

/** `inv_` and 43 base64url characters (256 random bits). */
export const INVITATION_CODE_PATTERN = /^inv_[A-Za-z0-9_-]{43}$/;

export class RegisterRequest {
  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;

  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @IsIn(ACCOUNT_ROLES)
  role: AccountRole;

  /** The company a company account creates; not with an invitation, which names the company to join. */
  @ValidateIf(
    (request: RegisterRequest) =>
      (request.role === 'company' && request.invitationCode === undefined) || request.companyName !== undefined,
  )
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  companyName?: string;

  /** A company invitation's one-time code: the new company account joins that company. */
  @IsOptional()
  @IsString()
  @Matches(INVITATION_CODE_PATTERN, { message: 'invitationCode must be an invitation code (inv_…)' })
  invitationCode?: string;
}

export class RefreshRequest {
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

export class LoginRequest {
  @IsString()
  @MaxLength(254)
  email: string;

  @IsString()
  @MaxLength(200)
  password: string;

  /** The client address the gateway saw, for the per-address limit. */
  @IsString()
  @MaxLength(100)
  address: string;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  companyId: string | null;
  createdAt: string;
}

export interface AuthSession {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Swapped for a new session (and a new refresh token) by `profiles.auth.refresh`; usable once. */
  refreshToken: string;
  user: UserView;
}

/** A login either opens a session or is refused for a while after too many failures. */
export type LoginReply = { session: AuthSession } | { retryAfterSeconds: number };

export interface VerifiedSkillView {
  skill: string;
  score: number;
  level: Level;
  verifiedAt: string;
  evidence: Omit<VerificationEvidence, 'submissionId'>[];
}

export interface PublicProfileView {
  handle: string;
  name: string;
  headline: string | null;
  location: string | null;
  links: string[];
  verifiedSkills: VerifiedSkillView[];
}

export interface OwnProfileView extends PublicProfileView {
  visibility: Visibility;
}

export interface CompanyView {
  id: string;
  name: string;
}

export interface MeView {
  user: UserView;
  profile: OwnProfileView | null;
  company: CompanyView | null;
}

export class MeGetRequest extends OnBehalfOfRequest {}

export class ProfileUpdateRequest extends OnBehalfOfRequest {
  @IsOmittable()
  @IsString()
  @Matches(HANDLE_PATTERN, { message: 'handle must be 3–40 lowercase letters, digits or inner hyphens' })
  handle?: string;

  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @IsOptional()
  @IsString()
  @MaxLength(160)
  headline?: string;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  location?: string;

  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  @MaxLength(300, { each: true })
  links?: string[];

  @IsOmittable()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;
}

export class ProfileGetRequest {
  @IsString()
  @MaxLength(40)
  @Matches(HANDLE_PATTERN, { message: 'handle must be 3–40 lowercase letters, digits or inner hyphens' })
  handle: string;
}

export class ApiKeyCreateRequest extends OnBehalfOfRequest {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name?: string;
}

export class ApiKeyListRequest extends OnBehalfOfRequest {}

export class ApiKeyRevokeRequest extends OnBehalfOfRequest {
  @IsUUID()
  id: string;
}

export interface ApiKeyView {
  id: string;
  name: string;
  /** The first characters of the key, so a person can tell their keys apart; never enough to use it. */
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface CreatedApiKey extends ApiKeyView {
  /** The key itself, returned once at creation and never again. */
  key: string;
}

export class ApiKeyResolveRequest {
  @IsString()
  @MaxLength(200)
  key: string;
}

/** The company a key acts for, with the key's id so a cache can drop it on revocation. */
export type ApiKeyResolution = { principal: Principal; keyId: string } | { principal: null };

/** The public keys that verify access tokens, as a JSON Web Key Set. */
export interface SigningKeySet {
  keys: Array<Record<string, unknown>>;
}

export class CompanyGetRequest {
  @IsUUID()
  companyId: string;
}

export class CandidateSkillsRequest {
  @IsUUID()
  candidateId: string;
}

export const ProfilesRequests = {
  register: defineRequest<RegisterRequest, AuthSession>('profiles.auth.register'),
  login: defineRequest<LoginRequest, LoginReply>('profiles.auth.login'),
  /** A new session for a refresh token, which is spent; a spent token revokes its whole sign-in. */
  refresh: defineRequest<RefreshRequest, AuthSession>('profiles.auth.refresh'),
  /** Revokes the sign-in a refresh token belongs to. */
  signOut: defineRequest<RefreshRequest, { signedOut: true }>('profiles.auth.signout'),
  /** The public keys for verifying access tokens; the gateway fetches them once and on an unknown `kid`. */
  signingKeys: defineRequest<Record<string, never>, SigningKeySet>('profiles.auth.keys'),
  resolveApiKey: defineRequest<ApiKeyResolveRequest, ApiKeyResolution>('profiles.apikey.resolve'),
  createApiKey: defineRequest<ApiKeyCreateRequest, CreatedApiKey>('profiles.apikey.create'),
  listApiKeys: defineRequest<ApiKeyListRequest, ApiKeyView[]>('profiles.apikey.list'),
  revokeApiKey: defineRequest<ApiKeyRevokeRequest, ApiKeyView>('profiles.apikey.revoke'),
  getMe: defineRequest<MeGetRequest, MeView>('profiles.me.get'),
  updateProfile: defineRequest<ProfileUpdateRequest, OwnProfileView>('profiles.profile.update'),
  /** A public profile by handle; 404 when it is private or unknown. */
  getProfile: defineRequest<ProfileGetRequest, PublicProfileView>('profiles.profile.get'),
  getCompany: defineRequest<CompanyGetRequest, CompanyView>('profiles.company.get'),
  /** A candidate's verified skills whatever the profile's visibility, for matching by other services. */
  getCandidateSkills: defineRequest<CandidateSkillsRequest, VerifiedSkillView[]>('profiles.candidate.skills'),
} as const;
