import { Injectable } from '@nestjs/common';
import type { JobMatch, JobMatchesRequest, Page } from '@skillproof/contracts';
import { OffsetPaging } from '@skillproof/persistence';
import { JobRepository } from '../repositories/job.repository';
import { VerifiedSkillRepository } from '../repositories/verified-skill.repository';
import { toJobSummary } from './job-views.util';
import { companyView, matchScore } from './match-score.util';
import { candidateOf } from './ownership.util';

/** Ranks open jobs for a candidate from this service's copy of their verified scores alone. */
/** The ranking is computed in memory per request, so it has no key to seek on: paged by position. */
const paging = new OffsetPaging();

@Injectable()
export class JobMatchService {
  constructor(
    private readonly jobs: JobRepository,
    private readonly verifiedSkills: VerifiedSkillRepository,
  ) {}

  async rankFor(request: JobMatchesRequest): Promise<Page<JobMatch>> {
    const candidateId = candidateOf(request.principal);
    const window = paging.window(request);
    const verified = await this.verifiedSkills.findByCandidate(candidateId);
    const jobs = await this.jobs.findOpenRequiringAny(verified.map((entry) => entry.skill));
    // Each job is ranked on what its own company may count: public evidence and the company's own.
    // Jobs sharing no verified skill score 0 and are left out, so ranking in memory stays small.
    const ranked = jobs
      .map((job) => ({ job, ...matchScore(job.skills, companyView(verified, job.companyId)) }))
      .filter((match) => match.matchScore > 0)
      .sort(
        (a, b) =>
          b.matchScore - a.matchScore ||
          b.job.postedAt.getTime() - a.job.postedAt.getTime() ||
          a.job.id.localeCompare(b.job.id),
      );
    const rows = ranked.slice(window.offset, window.offset + window.fetch).map((match) => ({
      job: toJobSummary(match.job),
      matchScore: match.matchScore,
      evidence: match.evidence,
    }));
    return paging.page(rows, window);
  }
}
