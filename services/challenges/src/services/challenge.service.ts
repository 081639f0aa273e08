import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '@skillproof/bus';
import {
  COOLDOWN_DAYS,
  ChallengesEvents,
  TESTS_ONLY_SCORING,
  type ChallengeApproveRequest,
  type ChallengeCreateRequest,
  type ChallengeListingChangedData,
  type ChallengeUpdateRequest,
  type ChallengeListRequest,
  type ChallengeSummary,
  type ChallengeView,
  type Page,
  type Principal,
} from '@skillproof/contracts';
import { KeysetPaging } from '@skillproof/persistence';
import { Clock, DomainError } from '@skillproof/platform';
import { CatalogClient } from '../clients/catalog.client';
import { GradingClient } from '../clients/grading.client';
import { ProfilesClient } from '../clients/profiles.client';
import { ChallengesConfig } from '../config/challenges.config';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengeRepository } from '../repositories/challenge.repository';
import { SubmissionRepository } from '../repositories/submission.repository';
import { canManage, requireRole } from './access.policy';
import { toChallengeSummary, toChallengeView } from './challenge.views';
import { assertReferencePasses, assertScoring, toSpec, toStoredCode } from './code-challenge.rule';
import { outdatedGrades } from './regrade.rule';
import { assertValidRubric } from './rubric.rule';

/** Published challenges, newest first: the position is the last one's publication time and id. */
export const PUBLISHED_PAGING = new KeysetPaging({ publishedAt: 'timestamp', id: 'uuid' });

@Injectable()
export class ChallengeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengeRepository,
    private readonly submissions: SubmissionRepository,
    private readonly outbox: Outbox,
    private readonly catalog: CatalogClient,
    private readonly profiles: ProfilesClient,
    private readonly grading: GradingClient,
    private readonly clock: Clock,
    private readonly config: ChallengesConfig,
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
    const challenge = await this.findVisible(id, principal);
    if (!canManage(principal, challenge)) return toChallengeView(challenge, 'public');
    return toChallengeView(challenge, 'owner', await this.outdatedGrades(challenge));
  }

  async create(request: ChallengeCreateRequest, traceparent?: string): Promise<ChallengeView> {
    const principal = requireRole(request.principal, 'company', 'admin');
    if (principal.role === 'company' && !principal.companyId) {
      throw DomainError.forbidden('company.required', 'Only a member of a company can post a challenge for it');
    }
    const kind = request.kind ?? 'rubric';
    if (kind === 'rubric' && request.code !== undefined) {
      throw DomainError.invalid('challenge.code_not_allowed', 'Only a challenge of kind "code" has code', [
        { field: 'code', message: 'only for kind "code"' },
      ]);
    }
    const criteria = (request.rubric?.criteria ?? []).map(({ key, description, weight }) => ({
      key,
      description,
      weight,
    }));
    if (request.rubric) assertValidRubric(criteria);
    const code = request.code ? toStoredCode(request.code, request.rubric !== undefined) : null;
    this.assertCooldown(request.cooldownDays);
    const skills = [...new Set(request.skills)];
    await this.assertCatalogued(skills, traceparent);
    const companyId = principal.role === 'admin' ? null : principal.companyId!;
    const challenge = await this.challenges.insertDraft({
      title: request.title,
      brief: request.brief,
      skills,
      difficulty: request.difficulty,
      timeLimitMinutes: request.timeLimitMinutes,
      kind,
      code,
      rubricVersion: 1,
      criteria,
      companyId,
      companyName: companyId === null ? null : await this.profiles.companyName(companyId, traceparent),
      createdBy: principal.userId,
      cooldownDays: request.cooldownDays ?? COOLDOWN_DAYS.default,
    });
    return toChallengeView(challenge, 'owner');
  }

  /**
   * Changes a challenge's content. A new rubric is a new rubric version; a changed rubric or skill
   * list withdraws an admin's approval, since what was approved is no longer what is graded. Past
   * grades stay as they were: the reply counts those an older rubric made, so the owner can choose
   * to start a bulk re-grade; none starts by itself.
   */
  async update(request: ChallengeUpdateRequest, traceparent?: string): Promise<ChallengeView> {
    const challenge = await this.findManaged(request.id, request.principal);
    if (challenge.status === 'archived') {
      throw DomainError.conflict('challenge.archived', 'An archived challenge cannot be changed');
    }
    const criteria = request.rubric?.criteria.map(({ key, description, weight }) => ({ key, description, weight }));
    if (criteria) assertValidRubric(criteria);
    if (criteria && challenge.code) assertScoring(challenge.code.scoring ?? TESTS_ONLY_SCORING, true);
    this.assertCooldown(request.cooldownDays);
    const skills = request.skills ? [...new Set(request.skills)] : undefined;
    if (skills) await this.assertCatalogued(skills, traceparent);
    const rubricChanged = criteria !== undefined && JSON.stringify(criteria) !== JSON.stringify(challenge.criteria);
    const skillsChanged =
      skills !== undefined && JSON.stringify([...skills].sort()) !== JSON.stringify([...challenge.skills].sort());
    const updated = await this.challenges.updateContent(challenge.id, {
      brief: request.brief ?? challenge.brief,
      skills: skills ?? challenge.skills,
      criteria: criteria ?? challenge.criteria,
      rubricVersion: rubricChanged ? challenge.rubricVersion + 1 : challenge.rubricVersion,
      cooldownDays: request.cooldownDays ?? challenge.cooldownDays,
      withdrawApproval: rubricChanged || skillsChanged,
    });
    return toChallengeView(updated, 'owner', await this.outdatedGrades(updated));
  }

  /** An admin lets a company challenge grant public verification; the reason is kept with the approval. */
  async approve(request: ChallengeApproveRequest): Promise<ChallengeView> {
    const principal = requireRole(request.principal, 'admin');
    const challenge = await this.challenges.findById(request.id);
    if (!challenge) throw DomainError.notFound('challenge', request.id);
    if (challenge.companyId === null) {
      throw DomainError.conflict('challenge.platform', 'A platform challenge grants public verification already');
    }
    if (challenge.status === 'archived') {
      throw DomainError.conflict('challenge.archived', 'An archived challenge cannot be approved');
    }
    return toChallengeView(
      await this.challenges.markApproved(challenge.id, {
        approvedBy: principal.userId,
        approvedAt: this.clock.now(),
        approvalReason: request.reason,
      }),
      'owner',
    );
  }

  /** A code challenge is published only when its reference solution passes every one of its tests. */
  async publish(id: string, principal?: Principal, traceparent?: string): Promise<ChallengeView> {
    const challenge = await this.findManaged(id, principal);
    if (challenge.status !== 'draft') {
      throw DomainError.conflict(
        'challenge.not_draft',
        `Only a draft can be published; this one is ${challenge.status}`,
      );
    }
    if (challenge.code) {
      assertReferencePasses(
        await this.grading.dryRun(
          { spec: toSpec(challenge.code), source: challenge.code.referenceSolution },
          traceparent,
        ),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const published = await this.challenges.markPublished(challenge.id, new Date(), manager);
      await this.outbox.add(manager, ChallengesEvents.challengePublished, listingChanged(published));
      return toChallengeView(published, 'owner');
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
      return toChallengeView(archived, 'owner');
    });
  }

  private async outdatedGrades(challenge: ChallengeEntity): Promise<number> {
    return outdatedGrades(await this.submissions.listGradedOf(challenge.id, { lock: false }), challenge);
  }

  private assertCooldown(days: number | undefined): void {
    const least = this.config.CHALLENGE_MIN_COOLDOWN_DAYS;
    if (days !== undefined && days < least) {
      throw DomainError.ruleBroken(
        'challenge.cooldown_too_short',
        `A challenge waits at least ${least} days between a candidate's graded attempts`,
        [{ field: 'cooldownDays', message: `must be at least ${least}` }],
      );
    }
  }

  private async assertCatalogued(skills: string[], traceparent?: string): Promise<void> {
    const unknown = await this.catalog.unknownSkills(skills, traceparent);
    if (unknown.length > 0) {
      throw DomainError.ruleBroken(
        'challenge.unknown_skill',
        `The catalogue has no skill ${unknown.map((slug) => `"${slug}"`).join(', ')}; a challenge names only catalogue skills`,
        unknown.map((slug) => ({ field: 'skills', message: `unknown skill "${slug}"` })),
      );
    }
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
