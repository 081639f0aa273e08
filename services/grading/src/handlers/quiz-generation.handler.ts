import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { QuizGenerateRequest, QuizGenerationRequests, type GeneratedQuiz } from '@skillproof/contracts';
import { QuizGenerationService } from '../services/quiz-generation.service';

@Controller()
export class QuizGenerationHandler {
  constructor(private readonly quizzes: QuizGenerationService) {}

  @MessagePattern(QuizGenerationRequests.generate.subject)
  generate(@Payload() request: QuizGenerateRequest): Promise<GeneratedQuiz> {
    return this.quizzes.generate(request);
  }
}
