import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { IdParams } from './id.params';
import { ApplicationDto, ApplicationPageDto, JobDto, JobPageDto } from './job.dto';
import { JobCreateInput } from './job-create.input';
import { JobListArgs } from './job-list.args';
import { JobsService } from './jobs.service';
import { PageArgs } from './page.args';
import { JobStatusInput } from './status.input';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @ApiOperation({ summary: 'Search open jobs' })
  @ApiOkResponse({ type: JobPageDto, description: 'Open jobs, newest first' })
  @ProblemResponses(400)
  list(@Query() query: JobListArgs, @Traceparent() traceparent?: string): Promise<JobPageDto> {
    return this.jobs.list(query, traceparent);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a job' })
  @ApiOkResponse({ type: JobDto })
  @ProblemResponses(400, 404)
  get(@Param() params: IdParams, @Traceparent() traceparent?: string): Promise<JobDto> {
    return this.jobs.get(params.id, traceparent);
  }

  @Post()
  @ApiOperation({ summary: 'Post a job' })
  @Roles('company')
  @ApiCreatedResponse({ type: JobDto, description: 'The job, open' })
  @ProblemResponses(400, 401, 403, 422)
  post(
    @Body() input: JobCreateInput,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<JobDto> {
    return this.jobs.post(principal, input, traceparent);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Open or close a job' })
  @Roles('company')
  @ApiOkResponse({ type: JobDto, description: 'Opens or closes the job' })
  @ProblemResponses(400, 401, 403, 404)
  changeStatus(
    @Param() params: IdParams,
    @Body() input: JobStatusInput,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<JobDto> {
    return this.jobs.changeStatus(principal, params.id, input.status, traceparent);
  }

  @Post(':id/applications')
  @ApiOperation({ summary: 'Apply to a job' })
  @Roles('candidate')
  @ApiCreatedResponse({ type: ApplicationDto, description: 'The application, with its match score' })
  @ProblemResponses(400, 401, 403, 404, 409)
  apply(
    @Param() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ApplicationDto> {
    return this.jobs.apply(principal, params.id, traceparent);
  }

  @Get(':id/applications')
  @ApiOperation({ summary: "List a job's applicants" })
  @Roles('company')
  @ApiOkResponse({ type: ApplicationPageDto, description: 'Applicants, best match first, with the evidence' })
  @ProblemResponses(400, 401, 403, 404)
  applications(
    @Param() params: IdParams,
    @Query() page: PageArgs,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ApplicationPageDto> {
    return this.jobs.applications(principal, params.id, page, traceparent);
  }
}
