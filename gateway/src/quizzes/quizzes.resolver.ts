import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { IdParams } from '../challenges/challenge-input.dto';
import { QuizAnswersDto, QuizCreateDto, QuizDto, QuizResultDto } from './quiz.dto';
import { QuizzesGatewayService } from './quizzes.gateway-service';

@Resolver(() => QuizDto)
export class QuizzesResolver {
  constructor(private readonly quizzes: QuizzesGatewayService) {}

  @Mutation(() => QuizDto)
  createQuiz(@Args('input') input: QuizCreateDto, @CurrentPrincipal() principal?: Principal): Promise<QuizDto> {
    return this.quizzes.create(input, principal);
  }

  @Mutation(() => QuizResultDto)
  answerQuiz(
    @Args() params: IdParams,
    @Args('input') input: QuizAnswersDto,
    @CurrentPrincipal() principal?: Principal,
  ): Promise<QuizResultDto> {
    return this.quizzes.answer(params.id, input, principal);
  }
}
