import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '@skillproof/bus';
import {
  JobsEvents,
  type JobCreateRequest,
  type JobListingChangedData,
  type JobListRequest,
  type JobStatusChangeRequest,
  type JobSummary,
  type JobView,
  type Page,
} from '@skillproof/contracts';
import { KeysetPaging } from '@skillproof/persistence';
import { DomainError } from '@skillproof/platform';
import type { JobEntity } from '../entities/job.entity';
import { JobRepository } from '../repositories/job.repository';
import { toJobSummary, toJobView } from './job-views.util';
import { companyOf, requireOwner } from './ownership.util';

/** Open jobs, newest first. */
const OPEN_JOBS_PAGING = new KeysetPaging({ postedAt: 'timestamp', id: 'uuid' });

@Injectable()
export class JobService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRepository,
    private readonly outbox: Outbox,
  ) {}

  async post(request: JobCreateRequest): Promise<JobView> {
    const companyId = companyOf(request.principal);
    if (request.salary && request.salary.min > request.salary.max) {
      throw DomainError.ruleBroken('job.salary_range', 'The salary minimum is above its maximum');
    }
    const skills = request.skills.map(({ skill, minScore }) => ({ skill, minScore }));
    if (new Set(skills.map((entry) => entry.skill)).size !== skills.length) {
      throw DomainError.ruleBroken('job.duplicate_skill', 'Each skill may be required once');
    }
    const job = await this.dataSource.transaction(async (manager) => {
      const posted = await this.jobs.insert(
        {
          companyId,
          companyName: request.companyName,
          title: request.title,
          description: request.description,
          location: request.location,
          remote: request.remote,
          salary: request.salary
            ? { min: request.salary.min, max: request.salary.max, currency: request.salary.currency }
            : null,
          skills,
          challengeId: request.challengeId ?? null,
        },
        manager,
      );
      await this.outbox.add(manager, JobsEvents.jobOpened, listingChanged(posted));
      return posted;
    });
    return toJobView(job);
  }

  async get(id: string): Promise<JobView> {
    const job = await this.jobs.findById(id);
    if (!job) throw DomainError.notFound('job', id);
    return toJobView(job);
  }

  async changeStatus(request: JobStatusChangeRequest): Promise<JobView> {
    const companyId = companyOf(request.principal);
    const job = await this.jobs.findById(request.id);
    if (!job) throw DomainError.notFound('job', request.id);
    requireOwner('job', job.companyId, companyId);
    if (job.status !== request.status) {
      await this.dataSource.transaction(async (manager) => {
        const changed = await this.jobs.setStatus(job.id, request.status, manager);
        const event = changed.status === 'open' ? JobsEvents.jobOpened : JobsEvents.jobClosed;
        await this.outbox.add(manager, event, listingChanged(changed));
      });
    }
    return this.get(job.id);
  }

  async listOpen(request: JobListRequest): Promise<Page<JobSummary>> {
    const window = OPEN_JOBS_PAGING.window(request);
    const jobs = await this.jobs.searchOpen({
      skill: request.skill,
      q: request.q?.trim() || undefined,
      remote: request.remote,
      after: window.after,
      limit: window.fetch,
    });
    return OPEN_JOBS_PAGING.page(
      jobs,
      window,
      (last) => ({ postedAt: last.postedAt.toISOString(), id: last.id }),
      toJobSummary,
    );
  }
}

/** Lists of open positions (the skill page's) follow these events. */
function listingChanged(job: JobEntity): { subject: string; data: JobListingChangedData } {
  return {
    subject: job.id,
    data: {
      jobId: job.id,
      companyId: job.companyId,
      skills: job.skills.map((requirement) => requirement.skill),
      changedAt: (job.closedAt ?? job.postedAt).toISOString(),
    },
  };
}
