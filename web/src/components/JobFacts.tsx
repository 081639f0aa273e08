import type { JobSummary } from '../api/types';
import { money } from './format';

export function jobWhere(job: Pick<JobSummary, 'remote' | 'location'>): string {
  return job.remote ? `Remote · ${job.location}` : job.location;
}

export function jobSalary(job: Pick<JobSummary, 'salary'>): string | null {
  return job.salary
    ? `${money(job.salary.min, job.salary.currency)}–${money(job.salary.max, job.salary.currency)}`
    : null;
}
