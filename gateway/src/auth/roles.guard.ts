import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import { requestOf } from './request-of';
import { ROLES_KEY } from './roles.decorator';

/** Enforces `@Roles()`: 401 without valid credentials, 403 with the wrong role. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles) return true;
    const principal = requestOf(context).principal;
    if (!principal) throw DomainError.unauthorized('auth.required', 'Sign in, or send a valid bearer token or API key');
    if (roles.length > 0 && !roles.includes(principal.role)) {
      throw DomainError.forbidden('auth.role', `This needs the ${roles.join(' or ')} role`);
    }
    return true;
  }
}
