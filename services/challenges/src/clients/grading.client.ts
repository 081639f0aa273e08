import { Injectable } from '@nestjs/common';
import { QuizGenerationRequests, type GeneratedQuiz, type QuizGenerateRequest } from '@skillproof/contracts';
import { RequestClient } from '@skillproof/platform';
import { ChallengesConfig } from '../config/challenges.config';

/** Asks the grading service for quiz questions; writing them may take a model call, hence its own timeout. */
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
}
