import { Injectable } from '@nestjs/common';
import { JobsRequests, ProfilesRequests, type Principal } from '@skillproof/contracts';
import type { ApplicationDto, ApplicationPageDto, JobDto, JobMatchPageDto, JobPageDto } from './job.dto';
import type { JobCreateInput } from './job-create.input';
import type { JobListArgs } from './job-list.args';
import type { PageArgs } from './page.args';
import type { ApplicationStatus, JobStatus } from '@skillproof/contracts';
import { DomainError, RequestClient } from '@skillproof/platform';

/** The jobs service as REST and GraphQL both use it; the caller's principal goes with every private request. */
@Injectable()
export class JobsService {
  constructor(private readonly services: RequestClient) {}

  list(args: JobListArgs, traceparent?: string): Promise<JobPageDto> {
    return this.services.request(JobsRequests.listJobs, { ...args }, { traceparent });
  }

  get(id: string, traceparent?: string): Promise<JobDto> {
    return this.services.request(JobsRequests.getJob, { id }, { traceparent });
  }

  /** Listed under the name on the company's own account, never a name the client chose. */
  async post(principal: Principal, input: JobCreateInput, traceparent?: string): Promise<JobDto> {
    if (!principal.companyId) throw DomainError.forbidden('auth.company_required', 'Only a company can post a job');
    const company = await this.services.request(
      ProfilesRequests.getCompany,
      { companyId: principal.companyId },
      { traceparent },
    );
    return this.services.request(
      JobsRequests.createJob,
      { principal, ...input, companyName: company.name },
      { traceparent },
    );
  }

  changeStatus(principal: Principal, id: string, status: JobStatus, traceparent?: string): Promise<JobDto> {
    return this.services.request(JobsRequests.changeJobStatus, { principal, id, status }, { traceparent });
  }

  apply(principal: Principal, jobId: string, traceparent?: string): Promise<ApplicationDto> {
    return this.services.request(JobsRequests.apply, { principal, jobId }, { traceparent });
  }

  applications(principal: Principal, jobId: string, page: PageArgs, traceparent?: string): Promise<ApplicationPageDto> {
    return this.services.request(JobsRequests.listApplications, { principal, jobId, ...page }, { traceparent });
  }

  changeApplicationStatus(
    principal: Principal,
    id: string,
    status: ApplicationStatus,
    traceparent?: string,
  ): Promise<ApplicationDto> {
    return this.services.request(JobsRequests.changeApplicationStatus, { principal, id, status }, { traceparent });
  }

  matches(principal: Principal, page: PageArgs, traceparent?: string): Promise<JobMatchPageDto> {
    return this.services.request(JobsRequests.listMatches, { principal, ...page }, { traceparent });
  }
}
