import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '@skillproof/bus';
import {
  ChallengesEvents,
  type ChallengeCreateRequest,
  type ChallengeListingChangedData,
  type ChallengeListRequest,
  type ChallengeSummary,
  type ChallengeView,
  type Page,
  type Principal,
} from '@skillproof/contracts';
import { KeysetPaging } from '@skillproof/persistence';
import { DomainError } from '@skillproof/platform';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengeRepository } from '../repositories/challenge.repository';
import { canManage, requireRole } from './access.policy';
import { toChallengeSummary, toChallengeView } from './challenge.views';
import { assertValidRubric } from './rubric.rule';

/** Published challenges, newest first: the position is the last one's publication time and id. */
export const PUBLISHED_PAGING = new KeysetPaging({ publishedAt: 'timestamp', id: 'uuid' });

@Injectable()
export class ChallengeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengeRepository,
    private readonly outbox: Outbox,
  ) {}

  async list(request: ChallengeListRequest): Promise<Page<ChallengeSummary>> {
    const window = PUBLISHED_PAGING.window(request);
    const rows = await this.challenges.findPublished(request, window.after, window.fetch);
    return PUBLISHED_PAGING.page(
      rows,
      window,
      (last) => ({ publishedAt: toChallengeSummary(last).publishedAt, id: last.id }),
      toChallengeSummary,
    );
  }

  async get(id: string, principal?: Principal): Promise<ChallengeView> {
    return toChallengeView(await this.findVisible(id, principal));
  }

  async create(request: ChallengeCreateRequest): Promise<ChallengeView> {
    const principal = requireRole(request.principal, 'company', 'admin');
    if (principal.role === 'company' && !principal.companyId) {
      throw DomainError.forbidden('company.required', 'Only a member of a company can post a challenge for it');
    }
    const criteria = request.rubric.criteria.map(({ key, description, weight }) => ({ key, description, weight }));
    assertValidRubric(criteria);
    const challenge = await this.challenges.insertDraft({
      title: request.title,
      brief: request.brief,
      skills: [...new Set(request.skills)],
      difficulty: request.difficulty,
      timeLimitMinutes: request.timeLimitMinutes,
      rubricVersion: 1,
      criteria,
      companyId: principal.role === 'admin' ? null : principal.companyId!,
      createdBy: principal.userId,
    });
    return toChallengeView(challenge);
  }

  async publish(id: string, principal?: Principal): Promise<ChallengeView> {
    const challenge = await this.findManaged(id, principal);
    if (challenge.status !== 'draft') {
      throw DomainError.conflict(
        'challenge.not_draft',
        `Only a draft can be published; this one is ${challenge.status}`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const published = await this.challenges.markPublished(challenge.id, new Date(), manager);
      await this.outbox.add(manager, ChallengesEvents.challengePublished, listingChanged(published));
      return toChallengeView(published);
    });
  }

  async archive(id: string, principal?: Principal): Promise<ChallengeView> {
    const challenge = await this.findManaged(id, principal);
    if (challenge.status === 'archived') {
      throw DomainError.conflict('challenge.archived', 'This challenge is already archived');
    }
    return this.dataSource.transaction(async (manager) => {
      const archived = await this.challenges.markArchived(challenge.id, new Date(), manager);
      await this.outbox.add(manager, ChallengesEvents.challengeArchived, listingChanged(archived));
      return toChallengeView(archived);
    });
  }

  /** Drafts and archived challenges exist only for those who manage them; others get a 404. */
  private async findVisible(id: string, principal?: Principal): Promise<ChallengeEntity> {
    const challenge = await this.challenges.findById(id);
    if (!challenge || (challenge.status !== 'published' && !canManage(principal, challenge))) {
      throw DomainError.notFound('challenge', id);
    }
    return challenge;
  }

  private async findManaged(id: string, principal?: Principal): Promise<ChallengeEntity> {
    requireRole(principal, 'company', 'admin');
    const challenge = await this.findVisible(id, principal);
    if (!canManage(principal, challenge)) {
      throw DomainError.forbidden('challenge.not_yours', 'Only the company that owns this challenge can change it');
    }
    return challenge;
  }
}

/** Lists of open challenges (the skill page's) follow these events. */
function listingChanged(challenge: ChallengeEntity): { subject: string; data: ChallengeListingChangedData } {
  return {
    subject: challenge.id,
    data: {
      challengeId: challenge.id,
      skills: challenge.skills,
      changedAt: (challenge.archivedAt ?? challenge.publishedAt ?? new Date()).toISOString(),
    },
  };
}
