import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { IdParams } from './id.params';
import { ApplicationDto, JobMatchPageDto } from './job.dto';
import { JobsService } from './jobs.service';
import { PageArgs } from './page.args';
import { ApplicationStatusInput } from './status.input';

@ApiTags('jobs')
@Controller()
export class ApplicationsController {
  constructor(private readonly jobs: JobsService) {}

  @Patch('applications/:id')
  @ApiOperation({ summary: 'Move an application along the pipeline' })
  @Roles('company')
  @ApiOkResponse({ type: ApplicationDto, description: 'Moves the applicant one step along the pipeline' })
  @ProblemResponses(400, 401, 403, 404, 409)
  changeStatus(
    @Param() params: IdParams,
    @Body() input: ApplicationStatusInput,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ApplicationDto> {
    return this.jobs.changeApplicationStatus(principal, params.id, input.status, traceparent);
  }

  @Get('me/job-matches')
  @ApiOperation({ summary: 'List jobs that match your verified skills' })
  @Roles('candidate')
  @ApiOkResponse({ type: JobMatchPageDto, description: "Open jobs ranked for the caller's verified skills" })
  @ProblemResponses(400, 401, 403)
  matches(
    @Query() page: PageArgs,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<JobMatchPageDto> {
    return this.jobs.matches(principal, page, traceparent);
  }
}
