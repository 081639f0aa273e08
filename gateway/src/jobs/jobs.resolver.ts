import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { IdParams } from './id.params';
import { ApplicationDto, ApplicationPageDto, JobDto, JobMatchPageDto, JobPageDto } from './job.dto';
import { JobCreateInput } from './job-create.input';
import { JobListArgs } from './job-list.args';
import { JobsService } from './jobs.service';
import { PageArgs } from './page.args';
import { ApplicationStatusInput, JobStatusInput } from './status.input';

@Resolver(() => JobDto)
export class JobsResolver {
  constructor(private readonly service: JobsService) {}

  @Query(() => JobPageDto, { description: 'Open jobs, newest first' })
  jobs(@Args() args: JobListArgs, @Traceparent() traceparent?: string): Promise<JobPageDto> {
    return this.service.list(args, traceparent);
  }

  @Query(() => JobDto)
  job(@Args() params: IdParams, @Traceparent() traceparent?: string): Promise<JobDto> {
    return this.service.get(params.id, traceparent);
  }

  @Query(() => ApplicationPageDto, { description: "A job's applicants, best match first (the job's company)" })
  @Roles('company')
  jobApplications(
    @Args() params: IdParams,
    @Args() page: PageArgs,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ApplicationPageDto> {
    return this.service.applications(principal, params.id, page, traceparent);
  }

  @Query(() => JobMatchPageDto, { description: "Open jobs ranked for the caller's verified skills" })
  @Roles('candidate')
  myJobMatches(
    @Args() page: PageArgs,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<JobMatchPageDto> {
    return this.service.matches(principal, page, traceparent);
  }

  @Mutation(() => JobDto)
  @Roles('company')
  postJob(
    @Args('input') input: JobCreateInput,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<JobDto> {
    return this.service.post(principal, input, traceparent);
  }

  @Mutation(() => JobDto)
  @Roles('company')
  changeJobStatus(
    @Args() params: IdParams,
    @Args('input') input: JobStatusInput,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<JobDto> {
    return this.service.changeStatus(principal, params.id, input.status, traceparent);
  }

  @Mutation(() => ApplicationDto)
  @Roles('candidate')
  applyToJob(
    @Args() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ApplicationDto> {
    return this.service.apply(principal, params.id, traceparent);
  }

  @Mutation(() => ApplicationDto)
  @Roles('company')
  changeApplicationStatus(
    @Args() params: IdParams,
    @Args('input') input: ApplicationStatusInput,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ApplicationDto> {
    return this.service.changeApplicationStatus(principal, params.id, input.status, traceparent);
  }
}
