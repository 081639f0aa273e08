import type { ApplicationView, JobSummary, JobView } from '@skillproof/contracts';
import type { ApplicationEntity } from '../entities/application.entity';
import type { JobEntity } from '../entities/job.entity';

export function toJobSummary(job: JobEntity): JobSummary {
  return {
    id: job.id,
    title: job.title,
    companyId: job.companyId,
    companyName: job.companyName,
    location: job.location,
    remote: job.remote,
    salary: job.salary,
    skills: job.skills,
    postedAt: job.postedAt.toISOString(),
  };
}

export function toJobView(job: JobEntity): JobView {
  return {
    ...toJobSummary(job),
    description: job.description,
    challengeId: job.challengeId,
    status: job.status,
    closedAt: job.closedAt?.toISOString() ?? null,
  };
}

export function toApplicationView(application: ApplicationEntity): ApplicationView {
  return {
    id: application.id,
    jobId: application.jobId,
    candidateId: application.candidateId,
    status: application.status,
    matchScore: application.matchScore,
    evidence: application.evidence,
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
  };
}
