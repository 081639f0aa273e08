import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ChallengesEvents,
  type GradeAcceptRequest,
  type GradeOverrideRequest,
  type Principal,
  type SubmissionAccepted,
  type SubmissionCreateRequest,
  type SubmissionView,
} from '@skillproof/contracts';
import { Outbox } from '@skillproof/bus';
import { Clock, DomainError } from '@skillproof/platform';
import type { ChallengeEntity } from '../entities/challenge.entity';
import type { SubmissionEntity } from '../entities/submission.entity';
import { AttemptRepository } from '../repositories/attempt.repository';
import { ChallengeRepository } from '../repositories/challenge.repository';
import { SubmissionRepository } from '../repositories/submission.repository';
import { canManage, canReadSubmission, requireRole } from './access.policy';
import { toSubmissionView } from './challenge.views';
import { issuerOf, issuerOfReviewer, reviewerOf, standingOf } from './grade-trust.rule';
import { SubmissionEvents } from './submission-events.service';
import { nextState, type StepResult, type SubmissionState } from './submission-state.rule';

@Injectable()
export class SubmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attempts: AttemptRepository,
    private readonly challenges: ChallengeRepository,
    private readonly submissions: SubmissionRepository,
    private readonly events: SubmissionEvents,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /** Stores the work and queues it for grading in one transaction: no submission without its event. */
  async submit(request: SubmissionCreateRequest, traceparent?: string): Promise<SubmissionAccepted> {
    const principal = requireRole(request.principal, 'candidate');
    return this.dataSource.transaction(async (manager) => {
      const attempt = await this.attempts.findByIdForUpdate(request.attemptId, manager);
      if (!attempt) throw DomainError.notFound('attempt', request.attemptId);
      if (attempt.candidateId !== principal.userId) {
        throw DomainError.forbidden('attempt.not_yours', 'This attempt belongs to another candidate');
      }
      if (await this.submissions.existsForAttempt(attempt.id, manager)) {
        throw DomainError.conflict('submission.exists', 'This attempt already has its submission; start a new attempt');
      }
      const now = this.clock.now();
      if (now > attempt.deadline) {
        throw DomainError.conflict(
          'attempt.deadline_passed',
          `The deadline of this attempt passed at ${attempt.deadline.toISOString()}`,
        );
      }
      const challenge = (await this.challenges.findById(attempt.challengeId, manager))!;
      const submission = await this.submissions.insertQueued(
        {
          attemptId: attempt.id,
          challengeId: challenge.id,
          candidateId: principal.userId,
          companyId: challenge.companyId,
          content: request.content,
          rubricVersion: challenge.rubricVersion,
          submittedAt: now,
          issuer: issuerOf(challenge),
        },
        manager,
      );
      await this.events.gradingWanted(manager, submission, challenge, traceparent);
      await this.events.statusChanged(manager, submission, traceparent);
      return { submissionId: submission.id, status: 'queued' };
    });
  }

  async get(id: string, principal: Principal): Promise<SubmissionView> {
    const submission = await this.submissions.findById(id);
    if (!submission || !canReadSubmission(principal, submission)) throw DomainError.notFound('submission', id);
    return this.view(submission);
  }

  /** The one re-grade a candidate may ask for: the grade goes back to the queue, the history keeps the old one. */
  async requestRegrade(id: string, principal: Principal, traceparent?: string): Promise<SubmissionView> {
    const submission = await this.dataSource.transaction(async (manager) => {
      const current = await this.findOwnForUpdate(manager, id, principal);
      if (current.candidateId !== principal.userId) {
        throw DomainError.forbidden('submission.not_yours', 'Only the candidate who submitted can ask for a re-grade');
      }
      const { next } = allowed(nextState(current, { kind: 'regrade_requested' }), 'A re-grade');
      const challenge = (await this.challenges.findById(current.challengeId, manager))!;
      const submission = await this.submissions.queueRegrade(current.id, next, manager);
      await this.submissions.appendHistory(
        {
          kind: 'regrade_requested',
          submissionId: submission.id,
          round: submission.round,
          rubricVersion: submission.rubricVersion,
          actorId: principal.userId,
        },
        manager,
      );
      await this.events.gradingWanted(manager, submission, challenge, traceparent);
      await this.events.statusChanged(manager, submission, traceparent);
      return submission;
    });
    return this.view(submission);
  }

  /** A human grade replaces the machine's; the reason and the previous score stay in the history. */
  async override(request: GradeOverrideRequest, traceparent?: string): Promise<SubmissionView> {
    const principal = requireRole(request.principal, 'company', 'admin');
    const submission = await this.dataSource.transaction(async (manager) => {
      const current = await this.findOwnForUpdate(manager, request.id, principal);
      if (!canManage(principal, current)) {
        throw DomainError.forbidden('submission.not_yours', 'Only the company that owns the challenge can override');
      }
      allowed(nextState(current, { kind: 'overridden' }), 'A grade override');
      const challenge: ChallengeEntity = (await this.challenges.findById(current.challengeId, manager))!;
      const previousScore = current.score;
      const reviewer = reviewerOf(principal, challenge);
      const submission = await this.submissions.recordOverride(
        current.id,
        {
          score: request.score,
          gradedAt: this.clock.now(),
          verification: 'reviewed',
          issuer: issuerOfReviewer(reviewer, challenge),
          reviewer,
          standing: standingOf('reviewed', challenge, { flagged: false, reviewer }),
        },
        manager,
      );
      await this.submissions.appendHistory(
        {
          kind: 'overridden',
          submissionId: submission.id,
          round: submission.round,
          rubricVersion: submission.rubricVersion,
          score: request.score,
          grader: 'human',
          actorId: principal.userId,
          reason: request.reason,
        },
        manager,
      );
      await this.outbox.add(manager, ChallengesEvents.gradeOverridden, {
        subject: submission.id,
        traceparent,
        data: {
          submissionId: submission.id,
          challengeId: challenge.id,
          candidateId: submission.candidateId,
          companyId: submission.companyId,
          challengeTitle: challenge.title,
          skills: challenge.skills,
          previousScore,
          score: request.score,
          reason: request.reason,
          overriddenBy: principal.userId,
          overriddenAt: submission.gradedAt!.toISOString(),
          round: submission.round,
        },
      });
      await this.events.gradeRecorded(
        manager,
        submission,
        challenge,
        {
          decision: 'overridden',
          attempts: await this.submissions.countAttempts(submission.candidateId, challenge.id, manager),
          reason: request.reason,
        },
        traceparent,
      );
      await this.events.statusChanged(manager, submission, traceparent);
      return submission;
    });
    return this.view(submission);
  }

  /**
   * The challenge's owner (or an admin) lets a grade flagged as a steering attempt stand as the
   * grader gave it; until then it counts for nobody. Changing it instead is an override.
   */
  async accept(request: GradeAcceptRequest, traceparent?: string): Promise<SubmissionView> {
    const principal = requireRole(request.principal, 'company', 'admin');
    const submission = await this.dataSource.transaction(async (manager) => {
      const current = await this.findOwnForUpdate(manager, request.id, principal);
      if (!canManage(principal, current)) {
        throw DomainError.forbidden('submission.not_yours', 'Only the company that owns the challenge can review it');
      }
      if (current.standing !== 'under_review') {
        throw DomainError.conflict('submission.not_under_review', 'Only a grade waiting for review can be accepted');
      }
      const challenge: ChallengeEntity = (await this.challenges.findById(current.challengeId, manager))!;
      const reviewer = reviewerOf(principal, challenge);
      const submission = await this.submissions.recordAcceptance(
        current.id,
        { standing: standingOf(current.verification!, challenge, { flagged: false, reviewer: null }), reviewer },
        manager,
      );
      await this.submissions.appendHistory(
        {
          kind: 'accepted',
          submissionId: submission.id,
          round: submission.round,
          rubricVersion: submission.rubricVersion,
          score: submission.score,
          actorId: principal.userId,
          reason: request.reason,
        },
        manager,
      );
      await this.events.gradeRecorded(
        manager,
        submission,
        challenge,
        {
          decision: 'accepted',
          attempts: await this.submissions.countAttempts(submission.candidateId, challenge.id, manager),
          reason: request.reason,
        },
        traceparent,
      );
      return submission;
    });
    return this.view(submission);
  }

  private async findOwnForUpdate(manager: EntityManager, id: string, principal: Principal): Promise<SubmissionEntity> {
    const submission = await this.submissions.findByIdForUpdate(id, manager);
    if (!submission || !canReadSubmission(principal, submission)) throw DomainError.notFound('submission', id);
    return submission;
  }

  private async view(submission: SubmissionEntity): Promise<SubmissionView> {
    return toSubmissionView(
      submission,
      await this.submissions.history(submission.id),
      await this.submissions.countAttempts(submission.candidateId, submission.challengeId),
    );
  }
}

/** A person's request the state machine refuses is a conflict with the submission's state. */
function allowed(result: StepResult, what: string): { next: SubmissionState } {
  if (result.ok) return result;
  if (result.refusal === 'regrade_used') {
    throw DomainError.conflict('submission.regrade_used', 'This submission has already been re-graded once');
  }
  throw DomainError.conflict('submission.not_graded', `${what} can be asked for once grading has finished`);
}
