import { Injectable } from '@nestjs/common';
import { QuizzesRequests, type Principal, type QuizResult, type QuizView } from '@skillproof/contracts';
import { RequestClient } from '@skillproof/platform';
import type { QuizAnswersDto, QuizCreateDto } from './quiz.dto';

/** A model writing a quiz takes far longer than an ordinary request. */
const QUIZ_CREATE_TIMEOUT_MS = 90_000;

@Injectable()
export class QuizzesGatewayService {
  constructor(private readonly services: RequestClient) {}

  create(input: QuizCreateDto, principal?: Principal, traceparent?: string): Promise<QuizView> {
    return this.services.request(
      QuizzesRequests.create,
      { ...input, principal },
      { traceparent, timeoutMs: QUIZ_CREATE_TIMEOUT_MS },
    );
  }

  answer(id: string, input: QuizAnswersDto, principal?: Principal, traceparent?: string): Promise<QuizResult> {
    return this.services.request(QuizzesRequests.answer, { id, answers: input.answers, principal }, { traceparent });
  }
}
