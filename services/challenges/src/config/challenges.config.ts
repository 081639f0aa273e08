import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ServiceConfig } from '@skillproof/config';

export class ChallengesConfig extends ServiceConfig {
  override PORT = 3002;

  /** How long quiz creation waits for the grading service to write the questions (a model call). */
  @Type(() => Number)
  @IsInt()
  @Min(1_000)
  @Max(300_000)
  QUIZ_GENERATION_TIMEOUT_MS = 60_000;

  /** How long publishing a code challenge waits for its reference solution to run (a cold Python sandbox starts first). */
  @Type(() => Number)
  @IsInt()
  @Min(1_000)
  @Max(300_000)
  CODE_DRY_RUN_TIMEOUT_MS = 60_000;

  /**
   * The shortest cooldown between graded attempts a challenge may set, in days. 0 lets a candidate
   * retry at once: only for load and chaos runs, never where scores are meant to be believed.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(365)
  CHALLENGE_MIN_COOLDOWN_DAYS = 1;
}
