import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { ServiceConfig } from '@skillproof/config';

const SECOND = 1_000;
const HOUR = 3_600 * SECOND;
const DAY = 24 * HOUR;

/**
 * The webhook delivery schedule is configurable so that tests can live through "three days" of
 * retries in seconds; the defaults are the production schedule.
 */
export class JobsConfig extends ServiceConfig {
  override PORT = 3005;

  /** Refuse nothing but link-local and metadata targets; for tests and local receivers only. */
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE_TARGETS = false;

  /** Delay before the first retry; each further retry waits twice as long, with jitter. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS = 30 * SECOND;

  /** Longest wait between two attempts. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_MAX_DELAY_MS = 8 * HOUR;

  /** How long after its creation a failing delivery is still retried; the last try lands at its end. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  WEBHOOK_RETRY_WINDOW_MS = 3 * DAY;

  /** An endpoint that has failed every attempt for this long is disabled. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  WEBHOOK_DISABLE_AFTER_MS = 5 * DAY;

  /** A receiver must answer within this time; webhooks are notifications, not work. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60 * SECOND)
  WEBHOOK_TIMEOUT_MS = 5 * SECOND;

  /** Deliveries attempted at once by one process. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  WEBHOOK_CONCURRENCY = 32;

  /** How often the worker looks for due deliveries when nothing woke it. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  WEBHOOK_POLL_MS = 1 * SECOND;

  /** Endpoints one company may register. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000)
  WEBHOOK_MAX_ENDPOINTS_PER_COMPANY = 10;

  /** Manual replays of one endpoint's deliveries per hour. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  WEBHOOK_REPLAYS_PER_HOUR = 30;

  /** How long finished deliveries and their attempts are kept before they are pruned. */
  @Type(() => Number)
  @IsInt()
  @Min(60 * SECOND)
  WEBHOOK_RETENTION_MS = 30 * DAY;
}
