import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import {
  QuizAnswerRequest,
  QuizCreateRequest,
  QuizzesRequests,
  type QuizResult,
  type QuizView,
} from '@skillproof/contracts';
import { traceparentOf } from '@skillproof/platform';
import { QuizService } from '../services/quiz.service';

@Controller()
export class QuizHandler {
  constructor(private readonly quizzes: QuizService) {}

  @MessagePattern(QuizzesRequests.create.subject)
  create(@Payload() request: QuizCreateRequest, @Ctx() context: NatsContext): Promise<QuizView> {
    return this.quizzes.create(request, traceparentOf(context));
  }

  @MessagePattern(QuizzesRequests.answer.subject)
  answer(@Payload() request: QuizAnswerRequest): Promise<QuizResult> {
    return this.quizzes.answer(request);
  }
}
