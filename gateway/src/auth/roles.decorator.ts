import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import type { Role } from '@skillproof/contracts';

export const ROLES_KEY = 'skillproof:roles';

/** The OpenAPI security scheme of `X-Api-Key` (see docs/openapi.ts); bearer tokens use `bearer`. */
export const API_KEY_SCHEME = 'api-key';

/**
 * Requires an authenticated caller with one of the roles (any role when none is named). Routes
 * without it are public; ownership is checked by the service that owns the data. The OpenAPI
 * document says which credentials work: a bearer token, and an API key wherever a company may call,
 * since a key acts for its company.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ...(roles.length === 0 || roles.includes('company') ? [ApiSecurity(API_KEY_SCHEME)] : []),
  );

/**
 * As `Roles`, for what a person must do signed in: the owning service refuses an API key there
 * (a leaked key must not mint more keys), so the OpenAPI document offers bearer tokens only.
 */
export const SignedInAs = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiBearerAuth());
