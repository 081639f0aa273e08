import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { IdParams } from '../challenges/challenge-input.dto';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { QuizAnswersDto, QuizCreateDto, QuizDto, QuizResultDto } from './quiz.dto';
import { QuizzesGatewayService } from './quizzes.gateway-service';

@ApiTags('quizzes')
@Controller('quizzes')
export class QuizzesController {
  constructor(private readonly quizzes: QuizzesGatewayService) {}

  @Post()
  @ApiOperation({ summary: 'Generate a quiz' })
  @ApiCreatedResponse({ type: QuizDto, description: 'A new quiz; anonymous or signed in' })
  @ProblemResponses(400, 404, 502)
  create(
    @Body() input: QuizCreateDto,
    @CurrentPrincipal() principal?: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<QuizDto> {
    return this.quizzes.create(input, principal, traceparent);
  }

  @Post(':id/answers')
  @ApiOperation({ summary: 'Answer a quiz' })
  @HttpCode(200)
  @ApiOkResponse({ type: QuizResultDto, description: 'The score, with the right answer and why, per question' })
  @ProblemResponses(400, 403, 404, 409)
  answer(
    @Param() params: IdParams,
    @Body() input: QuizAnswersDto,
    @CurrentPrincipal() principal?: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<QuizResultDto> {
    return this.quizzes.answer(params.id, input, principal, traceparent);
  }
}
