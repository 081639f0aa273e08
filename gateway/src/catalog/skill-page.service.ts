import { Injectable, Logger } from '@nestjs/common';
import {
  CatalogRequests,
  ChallengesRequests,
  JobsRequests,
  type ChallengeSummary,
  type JobSummary,
} from '@skillproof/contracts';
import { RequestClient } from '@skillproof/platform';
import type { SkillPageChallengeDto, SkillPagePositionDto } from './skill-page-neighbours.dto';
import type { SkillPageDto, SkillPagePart } from './skill-page.dto';
import { SkillPageCache } from './skill-page.cache';

/** How long the page waits for challenges and positions before showing it without them. */
export const NEIGHBOUR_TIMEOUT_MS = 800;
const NEIGHBOUR_LIMIT = 5;

/**
 * Builds the skill page that REST and GraphQL both serve: the catalogue's skill, and in parallel
 * its open challenges and positions. The skill is required; a neighbour that is down or slow leaves
 * its list empty and is named in `partial`, so the page still renders.
 */
@Injectable()
export class SkillPageService {
  private readonly logger = new Logger(SkillPageService.name);

  constructor(
    private readonly services: RequestClient,
    private readonly cache: SkillPageCache,
  ) {}

  async get(slug: string, traceparent?: string): Promise<SkillPageDto> {
    const neighbourOptions = { traceparent, timeoutMs: NEIGHBOUR_TIMEOUT_MS };
    const [skill, challenges, positions] = await Promise.all([
      this.cache.get(slug, () => this.services.request(CatalogRequests.getSkill, { slug }, { traceparent })),
      this.neighbour('openChallenges', () =>
        this.services.request(
          ChallengesRequests.listChallenges,
          { skill: slug, limit: NEIGHBOUR_LIMIT },
          neighbourOptions,
        ),
      ),
      this.neighbour('openPositions', () =>
        this.services.request(JobsRequests.listJobs, { skill: slug, limit: NEIGHBOUR_LIMIT }, neighbourOptions),
      ),
    ]);
    const partial: SkillPagePart[] = [];
    if (!challenges) partial.push('openChallenges');
    if (!positions) partial.push('openPositions');
    return {
      ...skill,
      openChallenges: (challenges ?? []).map(toChallenge),
      openPositions: (positions ?? []).map(toPosition),
      partial,
    };
  }

  private async neighbour<T>(part: SkillPagePart, load: () => Promise<{ items: T[] }>): Promise<T[] | undefined> {
    try {
      return (await load()).items;
    } catch (error) {
      this.logger.debug(`Skill page without ${part}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}

function toChallenge(challenge: ChallengeSummary): SkillPageChallengeDto {
  return {
    id: challenge.id,
    title: challenge.title,
    skills: challenge.skills,
    difficulty: challenge.difficulty,
    timeLimitMinutes: challenge.timeLimitMinutes,
    companyId: challenge.companyId,
    publishedAt: challenge.publishedAt,
  };
}

function toPosition(job: JobSummary): SkillPagePositionDto {
  return {
    id: job.id,
    title: job.title,
    companyId: job.companyId,
    companyName: job.companyName,
    location: job.location,
    remote: job.remote,
    salary: job.salary,
    skills: job.skills.map((requirement) => ({ skill: requirement.skill, minScore: requirement.minScore })),
    postedAt: job.postedAt,
  };
}
