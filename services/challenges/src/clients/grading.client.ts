import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { errors, headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import {
  isRpcProblem,
  QuizGenerationRequests,
  type GeneratedQuiz,
  type QuizGenerateRequest,
} from '@skillproof/contracts';
import { DomainError, NATS_CONNECTION } from '@skillproof/platform';
import { ChallengesConfig } from '../config/challenges.config';

/** Asks the grading service for quiz questions, in the wire format of Nest's NATS transport. */
@Injectable()
export class GradingClient {
  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly config: ChallengesConfig,
  ) {}

  async generateQuiz(request: QuizGenerateRequest, traceparent?: string): Promise<GeneratedQuiz> {
    const subject = QuizGenerationRequests.generate.subject;
    const headers = natsHeaders();
    if (traceparent) headers.set('traceparent', traceparent);
    const packet = JSON.stringify({ pattern: subject, data: request, id: randomUUID() });
    let reply: { response?: GeneratedQuiz; err?: unknown };
    try {
      const message = await this.connection.request(subject, packet, {
        timeout: this.config.QUIZ_GENERATION_TIMEOUT_MS,
        headers,
      });
      reply = message.json();
    } catch (error) {
      const noResponders = error instanceof errors.RequestError && error.isNoResponders();
      throw noResponders
        ? new DomainError(503, 'grading.unavailable', 'Quizzes cannot be written right now; try again shortly')
        : new DomainError(504, 'grading.timeout', 'Writing the quiz took too long; try again');
    }
    if (reply.err !== undefined && reply.err !== null) {
      if (isRpcProblem(reply.err)) throw new DomainError(reply.err.status, reply.err.code, reply.err.detail);
      throw new DomainError(502, 'grading.failed', 'The grading service failed to write the quiz');
    }
    return reply.response!;
  }
}
