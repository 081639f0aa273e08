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

  /**
   * Gradings in flight at once in this replica, a ceiling: each waits on the model or the sandbox
   * holding no database connection, so raising it costs memory and sockets, not connections.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4_096)
  GRADING_CONCURRENCY = 4;

  /**
   * Lone slots: gradings a replica whose slots are all busy may still start for a company with
   * nothing in flight anywhere (README, Fairness). 5 % of GRADING_CONCURRENCY (at least one) when
   * unset; 0 makes GRADING_CONCURRENCY a hard ceiling, for a provider that counts connections.
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(4_096)
  GRADING_LONE_SLOTS?: number;

  /**
   * Database connections of this replica's pool, whatever its concurrency: claims and records are
   * short statements. Two more listen for the outbox's and the queue's notifications, so a replica
   * keeps at most 10.
   */
  @Type(() => Number)
  @IsInt()
  @Min(4)
  @Max(8)
  GRADING_DB_POOL_SIZE = 8;

  /** How often an idle replica looks for queued gradings; a finished grading looks at once. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(10_000)
  GRADING_POLL_MS = 100;

  /**
   * How long a grading may go without a heartbeat before another replica takes it over. Workers
   * heartbeat while they grade, so this only bounds how soon a dead worker's work moves.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  GRADING_ACK_WAIT_MS = 120_000;

  /** Failed tries of one grading before it is dead-lettered (errors of our own or the provider's, never a bad answer). */
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

  /**
   * The provider's limits for OPENAI_MODEL, shared by every replica through the bus: gradings
   * wait for room in the minute instead of failing. 0 leaves it to the provider's own 429s, which
   * pause every replica for as long as its `retry-after` says.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  OPENAI_REQUESTS_PER_MINUTE = 0;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  OPENAI_TOKENS_PER_MINUTE = 0;

  /** Tokens counted for a model's answer before it exists, for the tokens-per-minute limit. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  OPENAI_EXPECTED_ANSWER_TOKENS = 600;

  /** Sandbox worker processes per language (Python, JavaScript, SQL) of this replica. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(16)
  SANDBOX_POOL_SIZE = 1;
}
