import { Transform, Type } from 'class-transformer';
import { join } from 'node:path';
import { IsBoolean, IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { BaseConfig } from '@skillproof/config';

export class GatewayConfig extends BaseConfig {
  override PORT = 3000;

  /** Requests one client address may make per minute before getting 429. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE = 600;

  /**
   * How long publishing a challenge may take: a code challenge's reference solution runs in the
   * sandbox first, which starts its interpreter when cold. Above the challenges service's own wait.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  CHALLENGE_PUBLISH_TIMEOUT_MS = 90_000;

  /**
   * Proxies in front of the gateway whose X-Forwarded-For may be believed. 0 (the default) uses
   * the connecting address, so a client cannot dodge per-address limits with a forged header.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY_HOPS = 0;

  /** Largest request body accepted, in bytes. */
  @Type(() => Number)
  @IsInt()
  @Min(1_024)
  @Max(50 * 1_048_576)
  BODY_LIMIT_BYTES = 1_048_576;

  /** The built web app, served at `/` (`npm run build` makes it); when it is missing only the API is served. */
  @IsString()
  WEB_DIST_DIR = join(__dirname, '..', '..', '..', 'web', 'dist');

  /** Deepest nesting of fields one GraphQL operation may select. */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(100)
  GRAPHQL_MAX_DEPTH = 10;

  /** Aliases one GraphQL operation may use (each alias can repeat a costly field). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000)
  GRAPHQL_MAX_ALIASES = 20;

  /**
   * Field resolutions one GraphQL operation may cost, lists counted at their `limit` (a variable
   * limit at 100, no limit at 20). A whole skill page costs a few hundred, a page of 100 careers
   * with their salary ranges about 8,400.
   */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(10_000_000)
  GRAPHQL_MAX_COST = 20_000;

  /** Mutation fields one GraphQL operation may carry. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  GRAPHQL_MAX_MUTATIONS = 3;

  /** Answer `__schema` and `__type`; off by default, since it maps the whole API for an attacker. */
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  GRAPHQL_INTROSPECTION = false;

  /**
   * When set, `/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>` (Prometheus'
   * `authorization.credentials`); unset, it is open, for a gateway listening on loopback only.
   */
  @IsOptional()
  @IsString()
  @MinLength(16)
  METRICS_TOKEN?: string;
}
