import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  JobCreateRequest,
  JobGetRequest,
  JobListRequest,
  JobMatchesRequest,
  JobsRequests,
  JobStatusChangeRequest,
  type JobMatch,
  type JobSummary,
  type JobView,
  type Page,
} from '@skillproof/contracts';
import { JobMatchService } from '../services/job-match.service';
import { JobService } from '../services/job.service';

@Controller()
export class JobHandler {
  constructor(
    private readonly jobs: JobService,
    private readonly matches: JobMatchService,
  ) {}

  @MessagePattern(JobsRequests.listJobs.subject)
  list(@Payload() request: JobListRequest): Promise<Page<JobSummary>> {
    return this.jobs.listOpen(request);
  }

  @MessagePattern(JobsRequests.getJob.subject)
  get(@Payload() request: JobGetRequest): Promise<JobView> {
    return this.jobs.get(request.id);
  }

  @MessagePattern(JobsRequests.createJob.subject)
  create(@Payload() request: JobCreateRequest): Promise<JobView> {
    return this.jobs.post(request);
  }

  @MessagePattern(JobsRequests.changeJobStatus.subject)
  changeStatus(@Payload() request: JobStatusChangeRequest): Promise<JobView> {
    return this.jobs.changeStatus(request);
  }

  @MessagePattern(JobsRequests.listMatches.subject)
  matchesFor(@Payload() request: JobMatchesRequest): Promise<Page<JobMatch>> {
    return this.matches.rankFor(request);
  }
}
