import { Injectable } from '@nestjs/common';
import type { JobMatch, JobMatchesRequest, Page } from '@skillproof/contracts';
import { JobRepository } from '../repositories/job.repository';
import { VerifiedSkillRepository } from '../repositories/verified-skill.repository';
import { toJobSummary } from './job-views.util';
import { matchScore } from './match-score.util';
import { candidateOf } from './ownership.util';
import { nextCursor, pageSize, readCursor } from './page-cursor.util';

/** Ranks open jobs for a candidate from this service's copy of their verified scores alone. */
@Injectable()
export class JobMatchService {
  constructor(
    private readonly jobs: JobRepository,
    private readonly verifiedSkills: VerifiedSkillRepository,
  ) {}

  async rankFor(request: JobMatchesRequest): Promise<Page<JobMatch>> {
    const candidateId = candidateOf(request.principal);
    const limit = pageSize(request.limit);
    const offset = readCursor<{ offset: number }>(request.cursor, ['offset'])?.offset ?? 0;
    const verified = await this.verifiedSkills.findByCandidate(candidateId);
    const jobs = await this.jobs.findOpenRequiringAny(verified.map((entry) => entry.skill));
    // Jobs sharing no verified skill score 0 and are left out, so ranking in memory stays small.
    const ranked = jobs
      .map((job) => ({ job, ...matchScore(job.skills, verified) }))
      .filter((match) => match.matchScore > 0)
      .sort(
        (a, b) =>
          b.matchScore - a.matchScore ||
          b.job.postedAt.getTime() - a.job.postedAt.getTime() ||
          a.job.id.localeCompare(b.job.id),
      );
    const page = ranked.slice(offset, offset + limit);
    return {
      items: page.map((match) => ({
        job: toJobSummary(match.job),
        matchScore: match.matchScore,
        evidence: match.evidence,
      })),
      nextCursor: offset + limit < ranked.length ? nextCursor(page, limit, () => ({ offset: offset + limit })) : null,
    };
  }
}
