import { SetMetadata } from '@nestjs/common';
import type { Role } from '@skillproof/contracts';

export const ROLES_KEY = 'skillproof:roles';

/**
 * Requires an authenticated caller with one of the roles (any role when none is named). Routes
 * without it are public; ownership is checked by the service that owns the data.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
