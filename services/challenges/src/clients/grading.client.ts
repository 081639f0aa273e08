import { Injectable } from '@nestjs/common';
import {
  CodeRequests,
  QuizGenerationRequests,
  type CodeDryRunRequest,
  type CodeRunResult,
  type GeneratedQuiz,
  type QuizGenerateRequest,
} from '@skillproof/contracts';
import { RequestClient } from '@skillproof/platform';
import { ChallengesConfig } from '../config/challenges.config';

/** Asks the grading service for quiz questions and dry runs; both take longer than a lookup, hence their own timeouts. */
@Injectable()
export class GradingClient {
  constructor(
    private readonly requests: RequestClient,
    private readonly config: ChallengesConfig,
  ) {}

  generateQuiz(request: QuizGenerateRequest, traceparent?: string): Promise<GeneratedQuiz> {
    return this.requests.request(QuizGenerationRequests.generate, request, {
      traceparent,
      timeoutMs: this.config.QUIZ_GENERATION_TIMEOUT_MS,
    });
  }

  /** Runs code against a challenge's tests; a cold sandbox starts its interpreter first. */
  dryRun(request: CodeDryRunRequest, traceparent?: string): Promise<CodeRunResult> {
    return this.requests.request(CodeRequests.dryRun, request, {
      traceparent,
      timeoutMs: this.config.CODE_DRY_RUN_TIMEOUT_MS,
    });
  }
}
