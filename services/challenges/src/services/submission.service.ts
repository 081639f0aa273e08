import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ChallengesEvents,
  type GradeOverrideRequest,
  type Principal,
  type SubmissionAccepted,
  type SubmissionCreateRequest,
  type SubmissionView,
} from '@skillproof/contracts';
import { Outbox } from '@skillproof/bus';
import { DomainError } from '@skillproof/platform';
import type { ChallengeEntity } from '../entities/challenge.entity';
import type { SubmissionEntity } from '../entities/submission.entity';
import { AttemptRepository } from '../repositories/attempt.repository';
import { ChallengeRepository } from '../repositories/challenge.repository';
import { SubmissionRepository } from '../repositories/submission.repository';
import { canManage, canReadSubmission, requireRole } from './access.policy';
import { toSubmissionView } from './challenge.views';
import { SubmissionEvents } from './submission-events';

@Injectable()
export class SubmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attempts: AttemptRepository,
    private readonly challenges: ChallengeRepository,
    private readonly submissions: SubmissionRepository,
    private readonly events: SubmissionEvents,
    private readonly outbox: Outbox,
  ) {}

  /** Stores the work and queues it for grading in one transaction: no submission without its event. */
  async submit(request: SubmissionCreateRequest, traceparent?: string): Promise<SubmissionAccepted> {
    const principal = requireRole(request.principal, 'candidate');
    return this.dataSource.transaction(async (manager) => {
      const attempt = await this.attempts.findForUpdate(manager, request.attemptId);
      if (!attempt) throw DomainError.notFound('attempt', request.attemptId);
      if (attempt.candidateId !== principal.userId) {
        throw DomainError.forbidden('attempt.not_yours', 'This attempt belongs to another candidate');
      }
      if (await this.submissions.findByAttempt(manager, attempt.id)) {
        throw DomainError.conflict('submission.exists', 'This attempt already has its submission; start a new attempt');
      }
      const now = new Date();
      if (now > attempt.deadline) {
        throw DomainError.conflict(
          'attempt.deadline_passed',
          `The deadline of this attempt passed at ${attempt.deadline.toISOString()}`,
        );
      }
      const challenge = (await this.challenges.findById(attempt.challengeId, manager))!;
      const submission = await this.submissions.insert(manager, {
        attemptId: attempt.id,
        challengeId: challenge.id,
        candidateId: principal.userId,
        companyId: challenge.companyId,
        content: request.content,
        status: 'queued',
        round: 1,
        rubricVersion: challenge.rubricVersion,
        criteria: [],
        flags: [],
        submittedAt: now,
      });
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
      const submission = await this.findOwnForUpdate(manager, id, principal);
      if (submission.candidateId !== principal.userId) {
        throw DomainError.forbidden('submission.not_yours', 'Only the candidate who submitted can ask for a re-grade');
      }
      if (submission.round > 1) {
        throw DomainError.conflict('submission.regrade_used', 'This submission has already been re-graded once');
      }
      if (submission.status !== 'graded' && submission.status !== 'failed') {
        throw DomainError.conflict('submission.not_graded', 'A re-grade can be asked for once grading has finished');
      }
      const challenge = (await this.challenges.findById(submission.challengeId, manager))!;
      resetGrade(submission);
      submission.round = 2;
      await this.submissions.save(manager, submission);
      await this.submissions.appendHistory(manager, {
        kind: 'regrade_requested',
        submissionId: submission.id,
        round: submission.round,
        rubricVersion: submission.rubricVersion,
        actorId: principal.userId,
      });
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
      const submission = await this.findOwnForUpdate(manager, request.id, principal);
      if (!canManage(principal, submission)) {
        throw DomainError.forbidden('submission.not_yours', 'Only the company that owns the challenge can override');
      }
      if (submission.status !== 'graded' && submission.status !== 'failed') {
        throw DomainError.conflict('submission.not_graded', 'A grade can be overridden once grading has finished');
      }
      const challenge: ChallengeEntity = (await this.challenges.findById(submission.challengeId, manager))!;
      const previousScore = submission.score;
      Object.assign(submission, {
        status: 'graded',
        score: request.score,
        grader: 'human',
        graderVersion: null,
        model: null,
        failureReason: null,
        gradedAt: new Date(),
      });
      await this.submissions.save(manager, submission);
      await this.submissions.appendHistory(manager, {
        kind: 'overridden',
        submissionId: submission.id,
        round: submission.round,
        rubricVersion: submission.rubricVersion,
        score: request.score,
        grader: 'human',
        actorId: principal.userId,
        reason: request.reason,
      });
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
      await this.events.statusChanged(manager, submission, traceparent);
      return submission;
    });
    return this.view(submission);
  }

  private async findOwnForUpdate(manager: EntityManager, id: string, principal: Principal): Promise<SubmissionEntity> {
    const submission = await this.submissions.findForUpdate(manager, id);
    if (!submission || !canReadSubmission(principal, submission)) throw DomainError.notFound('submission', id);
    return submission;
  }

  private async view(submission: SubmissionEntity): Promise<SubmissionView> {
    return toSubmissionView(submission, await this.submissions.history(submission.id));
  }
}

function resetGrade(submission: SubmissionEntity): void {
  Object.assign(submission, {
    status: 'queued',
    score: null,
    criteria: [],
    feedback: null,
    grader: null,
    graderVersion: null,
    model: null,
    tokens: null,
    costUsd: null,
    flags: [],
    failureReason: null,
    gradedAt: null,
  });
}
