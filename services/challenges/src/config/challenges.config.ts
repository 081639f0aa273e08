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
}
