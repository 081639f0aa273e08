import { Type } from 'class-transformer';
import { IsIn, IsInt, IsIP, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A setting that holds a PostgreSQL connection URL. */
export const IsPostgresUrl = (): PropertyDecorator =>
  Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' });

/** Settings every process has; a service's own config class extends it. */
export class BaseConfig {
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @Matches(/^(nats|tls):\/\/[^\s,]+(,(nats|tls):\/\/[^\s,]+)*$/, {
    message: 'must be one or more nats:// URLs separated by commas',
  })
  NATS_URL = 'nats://127.0.0.1:4222';

  /**
   * Copies JetStream keeps of every stream and key-value bucket the system creates: 1 on a single
   * server, 3 on a three-node cluster (a majority survives one server down), at most 5.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  NATS_STREAM_REPLICAS = 1;

  /**
   * The process's own NATS user (docker-compose.yml and deploy/nats give each service one, with
   * subject permissions); none when the server asks for no credentials, as in development.
   */
  @IsOptional()
  @IsString()
  NATS_USER?: string;

  @IsOptional()
  @IsString()
  NATS_PASSWORD?: string;

  /** Milliseconds a request over NATS may take before the caller gives up. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  NATS_REQUEST_TIMEOUT_MS = 5_000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65_535)
  PORT: number;

  /**
   * The address HTTP (health, metrics, and the gateway's API) listens on. Loopback unless told
   * otherwise, so a process started by hand is not reachable from the network with its `/metrics`;
   * the container image sets 0.0.0.0, where the network is the container's own.
   */
  @IsIP()
  HOST = '127.0.0.1';
}

/** Settings of a service that owns a database. */
export class ServiceConfig extends BaseConfig {
  @IsPostgresUrl()
  DATABASE_URL: string;

  /**
   * The same database without a pooler in between, for what a transaction-mode pooler (PgBouncer,
   * CloudNativePG's Pooler) cannot carry: LISTEN, the session advisory lock around migrations, and
   * creating the database. DATABASE_URL when not given, which is right when that one is direct.
   */
  @IsOptional()
  @IsPostgresUrl()
  DATABASE_DIRECT_URL?: string;

  @IsOptional()
  @IsString()
  SERVICE_INSTANCE?: string;
}
