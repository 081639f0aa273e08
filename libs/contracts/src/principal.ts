import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';

export const ROLES = ['candidate', 'company', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PRINCIPAL_SOURCES = ['token', 'api-key'] as const;
export type PrincipalSource = (typeof PRINCIPAL_SOURCES)[number];

/**
 * Who is calling, as the gateway established it from a verified token or API key. Services receive
 * it with every private request and make their ownership checks against it.
 */
export interface Principal {
  userId: string;
  role: Role;
  /** Set for company members and for company API keys. */
  companyId?: string;
  via: PrincipalSource;
}

/**
 * The principal as it travels inside a request payload. Services validate every payload with
 * `whitelist` + `forbidNonWhitelisted`, so a request class needs this decorated class (with
 * `@ValidateNested()` and `@Type(() => PrincipalPayload)`), not only the interface.
 */
export class PrincipalPayload implements Principal {
  @IsUUID()
  userId: string;

  @IsIn(ROLES)
  role: Role;

  @IsOptional()
  @IsUUID()
  companyId?: string;

  @IsIn(PRINCIPAL_SOURCES)
  via: PrincipalSource;
}

/** A request made on someone's behalf: the principal is required, and the service checks it. */
export class OnBehalfOfRequest {
  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal: PrincipalPayload;
}
