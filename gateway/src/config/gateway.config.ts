import { Type } from 'class-transformer';
import { join } from 'node:path';
import { IsInt, IsString, Max, Min } from 'class-validator';
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
}
