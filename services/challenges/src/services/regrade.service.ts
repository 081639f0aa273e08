import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal, RegradeGetRequest, RegradeStartRequest, RegradeView } from '@skillproof/contracts';
import { Clock, DomainError } from '@skillproof/platform';
import type { ChallengeEntity } from '../entities/challenge.entity';
import type { RegradeEntity } from '../entities/regrade.entity';
import { ChallengeRepository } from '../repositories/challenge.repository';
import { RegradeRepository, type RegradeTally } from '../repositories/regrade.repository';
import { SubmissionRepository } from '../repositories/submission.repository';
import { canManage, requireRole } from './access.policy';
import { REGRADE_REASON_TEXT, regradeRoundOf, regradeStateOf } from './regrade.rule';
import { SubmissionEvents } from './submission-events.service';

/**
 * Bulk re-grades of a challenge's past submissions (README, Grading): each one the rules take is
 * queued for a new round, grading takes them behind every interactive grading, and the history of
 * each submission keeps both grades.
 */
@Injectable()
export class RegradeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengeRepository,
    private readonly submissions: SubmissionRepository,
    private readonly regrades: RegradeRepository,
    private readonly events: SubmissionEvents,
    private readonly clock: Clock,
  ) {}

  /**
   * Records the re-grade, queues its submissions and writes their events in one transaction, with
   * the challenge locked: two requests cannot both start one, and a crash leaves either the whole
   * re-grade (every submission queued once, with its event) or nothing.
   */
  async start(request: RegradeStartRequest, traceparent?: string): Promise<RegradeView> {
    const principal = requireRole(request.principal, 'company', 'admin');
    const { regrade, tally } = await this.dataSource.transaction(async (manager) => {
      const challenge = await this.challenges.findByIdForUpdate(request.id, manager);
      assertManaged(challenge, request.id, principal);
      if (challenge.status === 'draft') {
        throw DomainError.conflict('regrade.draft', 'A draft has no submissions to re-grade; publish it first');
      }
      const running = await this.regrades.findRunning(challenge.id, manager);
      if (running) {
        throw DomainError.conflict(
          'regrade.running',
          `Re-grade ${running} of this challenge is still running; start another once it is done`,
        );
      }
      const graded = await this.submissions.listGradedOf(challenge.id, { lock: true }, manager);
      const next = graded.flatMap((submission) => {
        const round = regradeRoundOf(submission, challenge);
        return round === null ? [] : [{ id: submission.id, round }];
      });
      if (next.length === 0) throw nothingToRegrade(graded.length);
      const regrade = await this.regrades.insert(
        {
          challengeId: challenge.id,
          reason: request.reason,
          requestedBy: principal.userId,
          requestedAt: this.clock.now(),
          total: next.length,
          kept: graded.length - next.length,
        },
        next,
        manager,
      );
      const queued = await this.submissions.queueBulkRegrade(next, manager);
      await this.submissions.appendHistories(
        queued.map((submission) => ({
          kind: 'bulk_regrade_requested' as const,
          submissionId: submission.id,
          round: submission.round,
          rubricVersion: challenge.rubricVersion,
          actorId: principal.userId,
          reason: REGRADE_REASON_TEXT[request.reason],
        })),
        manager,
      );
      await this.events.bulkRegradeWanted(manager, queued, challenge, regrade, traceparent);
      return { regrade, tally: { graded: 0, failed: 0, waiting: regrade.total } };
    });
    return toRegradeView(regrade, tally);
  }

  /** Progress as the challenges service recorded it: a grade counts once the submission's history shows it. */
  async get(request: RegradeGetRequest): Promise<RegradeView> {
    const principal = requireRole(request.principal, 'company', 'admin');
    const [challenge, regrade] = await Promise.all([
      this.challenges.findById(request.challengeId),
      this.regrades.findById(request.regradeId),
    ]);
    // Another company's re-grade, or one of another challenge, is not there for this caller.
    if (!challenge || !canManage(principal, challenge) || regrade?.challengeId !== challenge.id) {
      throw DomainError.notFound('regrade', request.regradeId);
    }
    return toRegradeView(regrade, await this.regrades.tally(regrade.id));
  }
}

function assertManaged(
  challenge: ChallengeEntity | null,
  id: string,
  principal: Principal,
): asserts challenge is ChallengeEntity {
  // A draft is not there for anyone but its owner; a published challenge is, but only its owner re-grades it.
  if (!challenge || (challenge.status === 'draft' && !canManage(principal, challenge))) {
    throw DomainError.notFound('challenge', id);
  }
  if (!canManage(principal, challenge)) {
    throw DomainError.forbidden('challenge.not_yours', 'Only the company that owns this challenge can re-grade it');
  }
}

function nothingToRegrade(graded: number): DomainError {
  const detail =
    graded === 0
      ? 'This challenge has no graded submission to re-grade'
      : `None of the ${graded} graded submissions can be re-graded: a person set their grade, or they are public ` +
        'evidence, which is re-graded only while the challenge grants public verification (ask an admin to approve it again)';
  return DomainError.conflict('regrade.nothing_to_regrade', detail);
}

function toRegradeView(regrade: RegradeEntity, tally: RegradeTally): RegradeView {
  return {
    id: regrade.id,
    challengeId: regrade.challengeId,
    reason: regrade.reason,
    requestedBy: regrade.requestedBy,
    requestedAt: regrade.requestedAt.toISOString(),
    total: regrade.total,
    kept: regrade.kept,
    ...tally,
    state: regradeStateOf(tally),
  };
}
