import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES, type Principal, type Role } from './principal';

/**
 * The principal as it travels inside a request payload. Services validate every payload with
 * `whitelist` + `forbidNonWhitelisted`, so the caller needs a decorated class, not only the interface.
 */
export class ActingPrincipal implements Principal {
  @IsString()
  @MaxLength(100)
  userId: string;

  @IsIn(ROLES)
  role: Role;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  companyId?: string;

  @IsIn(['token', 'api-key'])
  via: 'token' | 'api-key';
}
