import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { ServiceConfig } from '@skillproof/config';

export class ProfilesConfig extends ServiceConfig {
  override PORT = 3004;

  /** Ed25519 private key (PKCS8 PEM) that signs access tokens; when unset one is generated and kept in the database. */
  @IsOptional()
  @Matches(/-----BEGIN PRIVATE KEY-----/, { message: 'must be a PKCS8 PEM private key' })
  JWT_PRIVATE_KEY?: string;

  /** Lifetime of an access token in seconds. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  /** Lifetime of a refresh token in seconds; each use swaps it for a new one with a fresh lifetime. */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(365 * 86_400)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 86_400;

  /** How long a company invitation code can be used, in seconds (once). */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(90 * 86_400)
  INVITATION_TTL_SECONDS = 7 * 86_400;

  /** log2 of scrypt's cost N; 15 takes about 100 ms per hash on one core, which is what slows guessing. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(20)
  PASSWORD_HASH_COST = 15;

  /**
   * Failed sign-ins to one account from one client address in the window before each further failure
   * locks that pair for longer. Only the guessing address is locked, so nobody elsewhere can keep the
   * owner out.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000)
  LOGIN_FAILURES_PER_ACCOUNT_ADDRESS = 5;

  /**
   * Failed sign-ins to one account from all addresses together in the window before the account is
   * locked everywhere: the slower limit that still stops guessing spread over many addresses.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_FAILURES_PER_ACCOUNT = 50;

  /** Failed sign-ins one client address may have in the window, over all accounts, before it is slowed. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_FAILURES_PER_ADDRESS = 30;

  /** How long failures are remembered, in seconds; a quiet window clears the count. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400)
  LOGIN_WINDOW_SECONDS = 900;

  /** Lockout after the first failure past the limit, in seconds; it doubles with each further failure. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3_600)
  LOGIN_LOCKOUT_BASE_SECONDS = 2;

  /** The only way to an admin account: created on start when both are set. */
  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10)
  ADMIN_PASSWORD?: string;
}
