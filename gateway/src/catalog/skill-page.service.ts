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
import { SkillListingsCache, type SkillListings } from './skill-listings.cache';
import { SkillPageCache } from './skill-page.cache';

/** How long the page waits for challenges and positions before showing it without them. */
export const NEIGHBOUR_TIMEOUT_MS = 800;
const NEIGHBOUR_LIMIT = 5;

/**
 * Builds the skill page that REST and GraphQL both serve: the catalogue's skill and its open
 * challenges and positions, both from event-fed memory, so a read asks no service once a skill was
 * read. The skill is required; a neighbour that is down or slow leaves its list empty and is named
 * in `partial`, so the page still renders.
 */
@Injectable()
export class SkillPageService {
  private readonly logger = new Logger(SkillPageService.name);

  constructor(
    private readonly services: RequestClient,
    private readonly skills: SkillPageCache,
    private readonly listings: SkillListingsCache,
  ) {}

  async get(slug: string, traceparent?: string): Promise<SkillPageDto> {
    const [skill, listings] = await Promise.all([
      this.skills.get(slug, () => this.services.request(CatalogRequests.getSkill, { slug }, { traceparent })),
      this.listings.get(slug, () => this.loadListings(slug, traceparent)),
    ]);
    const partial: SkillPagePart[] = [];
    if (!listings.openChallenges) partial.push('openChallenges');
    if (!listings.openPositions) partial.push('openPositions');
    return {
      ...skill,
      openChallenges: listings.openChallenges ?? [],
      openPositions: listings.openPositions ?? [],
      partial,
    };
  }

  private async loadListings(slug: string, traceparent?: string): Promise<SkillListings> {
    const options = { traceparent, timeoutMs: NEIGHBOUR_TIMEOUT_MS };
    const query = { skill: slug, limit: NEIGHBOUR_LIMIT };
    const [challenges, positions] = await Promise.all([
      this.neighbour('openChallenges', () => this.services.request(ChallengesRequests.listChallenges, query, options)),
      this.neighbour('openPositions', () => this.services.request(JobsRequests.listJobs, query, options)),
    ]);
    return { openChallenges: challenges?.map(toChallenge), openPositions: positions?.map(toPosition) };
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
    kind: challenge.kind,
    companyId: challenge.companyId,
    issuer: challenge.issuer,
    grantsPublicVerification: challenge.grantsPublicVerification,
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
