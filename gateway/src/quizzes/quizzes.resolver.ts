import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { IdParams } from '../challenges/challenge-input.dto';
import { QuizAnswersDto, QuizCreateDto, QuizDto, QuizResultDto } from './quiz.dto';
import { QuizzesGatewayService } from './quizzes.gateway-service';

@Resolver(() => QuizDto)
export class QuizzesResolver {
  constructor(private readonly quizzes: QuizzesGatewayService) {}

  @Mutation(() => QuizDto)
  createQuiz(
    @Args('input') input: QuizCreateDto,
    @CurrentPrincipal() principal?: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<QuizDto> {
    return this.quizzes.create(input, principal, traceparent);
  }

  @Mutation(() => QuizResultDto)
  answerQuiz(
    @Args() params: IdParams,
    @Args('input') input: QuizAnswersDto,
    @CurrentPrincipal() principal?: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<QuizResultDto> {
    return this.quizzes.answer(params.id, input, principal, traceparent);
  }
}
