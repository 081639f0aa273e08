import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { ChallengeCreateDto, ChallengeListArgs, ChallengeUpdateDto, IdParams, ReasonDto } from './challenge-input.dto';
import { AttemptDto, ChallengeDto, ChallengePageDto } from './challenge.dto';
import { ChallengesGatewayService } from './challenges.gateway-service';
import { RegradeDto, RegradeParams, RegradeStartDto } from './regrade.dto';

@ApiTags('challenges')
@Controller('challenges')
export class ChallengesController {
  constructor(private readonly challenges: ChallengesGatewayService) {}

  @Get()
  @ApiOperation({ summary: 'List published challenges' })
  @ApiOkResponse({ type: ChallengePageDto, description: 'Published challenges, newest first' })
  @ProblemResponses(400)
  list(@Query() query: ChallengeListArgs, @Traceparent() traceparent?: string): Promise<ChallengePageDto> {
    return this.challenges.list(query, traceparent);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a challenge' })
  @ApiOkResponse({ type: ChallengeDto, description: 'The challenge with its public rubric' })
  @ProblemResponses(400, 404)
  get(
    @Param() params: IdParams,
    @CurrentPrincipal() principal?: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.challenges.get(params.id, principal, traceparent);
  }

  @Post()
  @ApiOperation({ summary: 'Create a draft challenge' })
  @Roles('company', 'admin')
  @ApiCreatedResponse({ type: ChallengeDto, description: 'The challenge, as a draft' })
  @ProblemResponses(400, 401, 403, 422)
  create(
    @Body() input: ChallengeCreateDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.challenges.create(input, principal, traceparent);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a challenge',
    description: 'A changed rubric is a new rubric version; a changed rubric or skill list withdraws an approval',
  })
  @Roles('company', 'admin')
  @ApiOkResponse({ type: ChallengeDto })
  @ProblemResponses(400, 401, 403, 404, 409, 422)
  update(
    @Param() params: IdParams,
    @Body() input: ChallengeUpdateDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.challenges.update(params.id, input, principal, traceparent);
  }

  @Post(':id/approve')
  @ApiOperation({
    summary: 'Approve a company challenge',
    description: 'Its tested and AI grades then count toward public verified scores',
  })
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: ChallengeDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  approve(
    @Param() params: IdParams,
    @Body() input: ReasonDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.challenges.approve(params.id, input.reason, principal, traceparent);
  }

  @Post(':id/publish')
  @ApiOperation({ summary: 'Publish a challenge' })
  @HttpCode(200)
  @Roles('company', 'admin')
  @ApiOkResponse({ type: ChallengeDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  publish(
    @Param() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.challenges.publish(params.id, principal, traceparent);
  }

  @Post(':id/archive')
  @ApiOperation({ summary: 'Archive a challenge' })
  @HttpCode(200)
  @Roles('company', 'admin')
  @ApiOkResponse({ type: ChallengeDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  archive(
    @Param() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.challenges.archive(params.id, principal, traceparent);
  }

  @Post(':id/regrades')
  @ApiOperation({
    summary: "Re-grade a challenge's past submissions",
    description:
      'After a rubric or grader change: every graded submission the trust rules allow gets a new round, behind every ' +
      "candidate's grading; each submission's history keeps both grades. One re-grade runs per challenge at a time",
  })
  @HttpCode(202)
  @Roles('company', 'admin')
  @ApiAcceptedResponse({ type: RegradeDto, description: 'Started; follow it at progressUrl' })
  @ProblemResponses(400, 401, 403, 404, 409)
  startRegrade(
    @Param() params: IdParams,
    @Body() input: RegradeStartDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<RegradeDto> {
    return this.challenges.startRegrade(params.id, input.reason, principal, traceparent);
  }

  @Get(':id/regrades/:regradeId')
  @ApiOperation({
    summary: 'Follow a re-grade',
    description: 'Counts grow as grades are recorded; done when none waits',
  })
  @Roles('company', 'admin')
  @ApiOkResponse({ type: RegradeDto })
  @ProblemResponses(400, 401, 403, 404)
  regrade(
    @Param() params: RegradeParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<RegradeDto> {
    return this.challenges.regrade(params.id, params.regradeId, principal, traceparent);
  }

  @Post(':id/attempts')
  @ApiOperation({ summary: 'Start an attempt' })
  @Roles('candidate')
  @ApiCreatedResponse({
    type: AttemptDto,
    description: 'The attempt; its deadline has started. Inside the cooldown: 409 naming when the next attempt opens',
  })
  @ProblemResponses(400, 401, 403, 404, 409)
  startAttempt(
    @Param() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<AttemptDto> {
    return this.challenges.startAttempt(params.id, principal, traceparent);
  }
}
