import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { GradeOverrideDto, IdParams, ReasonDto, SubmissionCreateDto } from './challenge-input.dto';
import { ChallengesGatewayService } from './challenges.gateway-service';
import { SubmissionAcceptedDto, SubmissionDto } from './submission.dto';
import { SubmissionStatusFeed } from './submission-status.feed';

@ApiTags('challenges')
@Controller()
export class SubmissionsController {
  constructor(
    private readonly challenges: ChallengesGatewayService,
    private readonly feed: SubmissionStatusFeed,
  ) {}

  @Post('attempts/:id/submission')
  @ApiOperation({ summary: 'Submit the work of an attempt' })
  @HttpCode(202)
  @Roles('candidate')
  @ApiAcceptedResponse({ type: SubmissionAcceptedDto, description: 'Stored and queued for grading' })
  @ProblemResponses(400, 401, 403, 404, 409, 422)
  submit(
    @Param() params: IdParams,
    @Body() input: SubmissionCreateDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SubmissionAcceptedDto> {
    return this.challenges.submit(params.id, input.content, principal, traceparent);
  }

  @Get('submissions/:id')
  @ApiOperation({ summary: 'Get a submission and its grade' })
  @Roles()
  @ApiOkResponse({ type: SubmissionDto, description: 'For its candidate and the company that owns the challenge' })
  @ProblemResponses(400, 401, 404)
  get(
    @Param() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SubmissionDto> {
    return this.challenges.submission(params.id, principal, traceparent);
  }

  @Get('submissions/:id/events')
  @ApiOperation({ summary: "Follow a submission's status" })
  @Roles()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'Server-sent `status` events: the current state, then each change, up to graded or failed',
  })
  @ProblemResponses(400, 401, 404)
  async events(
    @Param() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
    @Traceparent() traceparent?: string,
  ): Promise<void> {
    const updates = await this.feed.open(params.id, principal, traceparent);
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    reply.raw.on('close', () => void updates.return(undefined));
    for await (const update of updates) {
      reply.raw.write(`event: status\ndata: ${JSON.stringify(update)}\n\n`);
    }
    reply.raw.end();
  }

  @Post('submissions/:id/regrade')
  @ApiOperation({ summary: 'Ask for a re-grade' })
  @HttpCode(200)
  @Roles('candidate')
  @ApiOkResponse({ type: SubmissionDto, description: 'Queued again; one re-grade per submission' })
  @ProblemResponses(400, 401, 403, 404, 409)
  regrade(
    @Param() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SubmissionDto> {
    return this.challenges.requestRegrade(params.id, principal, traceparent);
  }

  @Post('submissions/:id/override')
  @ApiOperation({ summary: 'Override a grade' })
  @HttpCode(200)
  @Roles('company', 'admin')
  @ApiOkResponse({ type: SubmissionDto, description: 'The grade replaced by a human, with the reason kept' })
  @ProblemResponses(400, 401, 403, 404, 409)
  override(
    @Param() params: IdParams,
    @Body() input: GradeOverrideDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SubmissionDto> {
    return this.challenges.override(params.id, input, principal, traceparent);
  }

  @Post('submissions/:id/accept')
  @ApiOperation({ summary: 'Accept a grade flagged as steering the grader, as it stands' })
  @HttpCode(200)
  @Roles('company', 'admin')
  @ApiOkResponse({ type: SubmissionDto, description: 'The grade now counts; the reviewer and reason are kept' })
  @ProblemResponses(400, 401, 403, 404, 409)
  accept(
    @Param() params: IdParams,
    @Body() input: ReasonDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SubmissionDto> {
    return this.challenges.accept(params.id, input.reason, principal, traceparent);
  }
}
