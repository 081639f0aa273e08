import { Injectable } from '@nestjs/common';
import {
  DEFAULT_PAGE_SIZE,
  type ChallengeCreateRequest,
  type ChallengeListRequest,
  type ChallengeSummary,
  type ChallengeView,
  type Page,
  type Principal,
} from '@skillproof/contracts';
import { decodeCursor, encodeCursor } from '@skillproof/persistence';
import { DomainError } from '@skillproof/platform';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengeRepository, type PublishedPosition } from '../repositories/challenge.repository';
import { canManage, requireRole } from './access.policy';
import { toChallengeSummary, toChallengeView } from './challenge.views';
import { assertValidRubric } from './rubric.rules';

@Injectable()
export class ChallengeService {
  constructor(private readonly challenges: ChallengeRepository) {}

  async list(request: ChallengeListRequest): Promise<Page<ChallengeSummary>> {
    const limit = request.limit ?? DEFAULT_PAGE_SIZE;
    const after = request.cursor ? decodeCursor<PublishedPosition>(request.cursor, ['publishedAt', 'id']) : undefined;
    if (request.cursor && !after) {
      throw DomainError.invalid('validation_failed', 'The cursor is not one this API gave out', [
        { field: 'cursor', message: 'cursor is invalid' },
      ]);
    }
    const rows = await this.challenges.findPublished(request, after, limit);
    const items = rows.slice(0, limit).map(toChallengeSummary);
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > limit && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null,
    };
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
    const challenge = await this.challenges.create({
      title: request.title,
      brief: request.brief,
      skills: [...new Set(request.skills)],
      difficulty: request.difficulty,
      timeLimitMinutes: request.timeLimitMinutes,
      status: 'draft',
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
    challenge.status = 'published';
    challenge.publishedAt = new Date();
    return toChallengeView(await this.challenges.save(challenge));
  }

  async archive(id: string, principal?: Principal): Promise<ChallengeView> {
    const challenge = await this.findManaged(id, principal);
    if (challenge.status === 'archived') {
      throw DomainError.conflict('challenge.archived', 'This challenge is already archived');
    }
    challenge.status = 'archived';
    challenge.archivedAt = new Date();
    return toChallengeView(await this.challenges.save(challenge));
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
