import { IsIn, IsUUID, ValidateIf } from 'class-validator';
import { defineEvent, defineRequest } from './definitions';
import { OnBehalfOfRequest, ROLES, type Role } from './principal';
import type { UserView } from './profiles.contract';

/**
 * The NATS key-value bucket through which every gateway learns, within a moment and without asking
 * profiles on each call, which sessions and API keys stopped counting. Profiles writes it; gateways
 * watch it and keep it in memory.
 */
export const SESSIONS_BUCKET = 'sessions';

/** `user.<id>` → {@link SessionVersionEntry}: access tokens with an older `sv` claim are refused. */
export const sessionVersionKey = (userId: string): string => `user.${userId}`;
/** `api-key.<id>` → {@link RevokedApiKeyEntry}: the key is refused even where a gateway cached it. */
export const revokedApiKeyKey = (keyId: string): string => `api-key.${keyId}`;

export interface SessionVersionEntry {
  version: number;
}

export interface RevokedApiKeyEntry {
  revokedAt: string;
}

/** The access token claim that carries the user's session version when the token was signed. */
export const SESSION_VERSION_CLAIM = 'sv';

export interface SessionRevokedData {
  userId: string;
  /** The user's session version from now on; tokens signed under an older one are refused. */
  sessionVersion: number;
}

export interface ApiKeyRevokedData {
  keyId: string;
  companyId: string;
  revokedAt: string;
}

export const SessionEvents = {
  /** A user's sessions ended: role change, removal from a company, or sign-out everywhere. */
  sessionRevoked: defineEvent<SessionRevokedData>('evt.profiles.session.revoked'),
  /** An API key stopped working. */
  apiKeyRevoked: defineEvent<ApiKeyRevokedData>('evt.profiles.apikey.revoked'),
} as const;

export class SignOutEverywhereRequest extends OnBehalfOfRequest {}

export class UserRoleChangeRequest extends OnBehalfOfRequest {
  @IsUUID()
  userId: string;

  @IsIn(ROLES)
  role: Role;

  /** The company a user made a company member joins; only for that role. */
  @ValidateIf((request: UserRoleChangeRequest) => request.role === 'company' || request.companyId !== undefined)
  @IsUUID()
  companyId?: string;
}

export const SessionRequests = {
  /** Ends every session of the caller: all refresh tokens, and access tokens at every gateway. */
  signOutEverywhere: defineRequest<SignOutEverywhereRequest, { signedOut: true }>('profiles.auth.signout_everywhere'),
  /** An admin changes a user's role; the user's sessions end. */
  changeRole: defineRequest<UserRoleChangeRequest, UserView>('profiles.user.role.change'),
} as const;
