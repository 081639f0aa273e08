import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, IsUrl, Max, Min, MinLength } from 'class-validator';
import { BaseConfig, IsPostgresUrl } from '@skillproof/config';

/** What a grader needs: the AI provider and its prices. The calibration script reads only this. */
export class GraderConfig extends BaseConfig {
  /** Without a key the offline heuristic grader and the question bank are used. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  OPENAI_API_KEY?: string;

  /** Any OpenAI-compatible server; the official endpoint when unset. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  OPENAI_BASE_URL?: string;

  @IsString()
  OPENAI_MODEL = 'gpt-4o-mini';

  /** One model call, including reading the answer; a timed-out call counts as a transient error. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  OPENAI_TIMEOUT_MS = 60_000;

  /** Retries of 429, 5xx and timeouts by the SDK, which waits as `retry-after` says or backs off exponentially. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  OPENAI_MAX_RETRIES = 3;

  /** Further calls when the model's answer does not match the schema, before the submission fails. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(5)
  GRADING_MALFORMED_RETRIES = 2;

  /** USD per million prompt and completion tokens, for the cost recorded with each grade. */
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  OPENAI_PRICE_INPUT_PER_MTOK = 0.15;

  @Type(() => Number)
  @IsNumber()
  @Min(0)
  OPENAI_PRICE_OUTPUT_PER_MTOK = 0.6;
}

/** The grading service: a grader plus its database and work queue. */
export class GradingConfig extends GraderConfig {
  override PORT = 3003;

  @IsPostgresUrl()
  DATABASE_URL: string;

  /** The database without a pooler, as ServiceConfig describes it; DATABASE_URL when not given. */
  @IsOptional()
  @IsPostgresUrl()
  DATABASE_DIRECT_URL?: string;

  /** Submissions graded at once by this replica; every replica pulls from the same durable consumer. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(256)
  GRADING_CONCURRENCY = 4;

  /**
   * How long a grading may go without a heartbeat before JetStream gives it to another replica. The
   * consumer heartbeats while the handler runs, so this only bounds how soon a dead worker's work moves.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  GRADING_ACK_WAIT_MS = 120_000;

  /** Deliveries of one submission before it is dead-lettered (only errors of our own, never the model's). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  GRADING_MAX_DELIVER = 5;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(600_000)
  GRADING_RETRY_BASE_MS = 1_000;
}
