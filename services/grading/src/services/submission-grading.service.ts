import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { JetStreamClient } from '@nats-io/jetstream';
import {
  createEvent,
  GradingEvents,
  type EventEnvelope,
  type SubmissionCreatedData,
  type SubmissionGradedData,
} from '@skillproof/contracts';
import { JETSTREAM, Outbox } from '@skillproof/bus';
import { GRADER, GradingFailure, type Grader, type GraderOutput } from '../graders/grader';
import { looksLikePromptInjection, PROMPT_INJECTION_FLAG } from '../graders/prompt-injection.detector';
import { weightedScore } from '../graders/weighted-score';
import { GradeCacheRepository } from '../repositories/grade-cache.repository';
import { GradingResultRepository } from '../repositories/grading-result.repository';

/**
 * Grades one submission round, inside the inbox transaction of its event: the result row (unique
 * per submission and round) and the graded or failed event commit together, so a redelivery or a
 * worker that dies mid-way can neither lose the grade nor produce a second one.
 */
@Injectable()
export class SubmissionGradingService {
  private readonly logger = new Logger(SubmissionGradingService.name);

  constructor(
    @Inject(GRADER) private readonly grader: Grader,
    @Inject(JETSTREAM) private readonly jetstream: JetStreamClient,
    private readonly results: GradingResultRepository,
    private readonly cache: GradeCacheRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(event: EventEnvelope<SubmissionCreatedData>, manager: EntityManager): Promise<void> {
    const data = event.data;
    const round = data.round ?? 1;
    if (await this.results.exists(data.submissionId, round, manager)) return;
    await this.announceStart(data, round, event.traceparent);

    const flags = looksLikePromptInjection(data.content) ? [PROMPT_INJECTION_FLAG] : [];
    const cacheKey = this.cacheKey(data);
    // A re-grade exists to get a fresh opinion, so it never reuses the cached one.
    const cached = round === 1 ? await this.cache.find(cacheKey, manager) : undefined;
    let output: GraderOutput;
    try {
      output = cached
        ? { ...cached, tokens: { prompt: 0, completion: 0 }, costUsd: 0 }
        : await this.grader.grade({
            challengeTitle: data.challengeTitle,
            brief: data.brief,
            criteria: data.criteria,
            content: data.content,
          });
    } catch (error) {
      if (!(error instanceof GradingFailure)) throw error;
      await this.recordFailure(manager, event, round, error.message);
      return;
    }
    if (output.injectionSuspected && flags.length === 0) flags.push(PROMPT_INJECTION_FLAG);
    await this.recordGrade(manager, event, round, output, flags, cached !== undefined);
    if (!cached) await this.cache.put(cacheKey, output, manager);
  }

  private async recordGrade(
    manager: EntityManager,
    event: EventEnvelope<SubmissionCreatedData>,
    round: number,
    output: GraderOutput,
    flags: string[],
    cached: boolean,
  ): Promise<void> {
    const data = event.data;
    const score = weightedScore(data.criteria, output.criteria);
    const stored = await this.results.insertOnce(
      {
        submissionId: data.submissionId,
        round,
        outcome: 'graded',
        score,
        criteria: output.criteria,
        feedback: output.feedback,
        grader: this.grader.name,
        graderVersion: this.grader.version,
        model: this.grader.model,
        rubricVersion: data.rubricVersion,
        tokens: output.tokens,
        costUsd: output.costUsd,
        flags,
        cached,
        failureReason: null,
      },
      manager,
    );
    if (!stored) return;
    const graded: SubmissionGradedData = {
      submissionId: data.submissionId,
      challengeId: data.challengeId,
      candidateId: data.candidateId,
      companyId: data.companyId,
      challengeTitle: data.challengeTitle,
      skills: data.skills,
      score,
      criteria: output.criteria,
      feedback: output.feedback,
      grader: this.grader.name,
      graderVersion: this.grader.version,
      model: this.grader.model,
      rubricVersion: data.rubricVersion,
      tokens: output.tokens,
      costUsd: output.costUsd,
      flags,
      gradedAt: new Date().toISOString(),
      round,
      cached,
    };
    await this.outbox.add(manager, GradingEvents.submissionGraded, {
      subject: data.submissionId,
      traceparent: event.traceparent,
      data: graded,
    });
  }

  private async recordFailure(
    manager: EntityManager,
    event: EventEnvelope<SubmissionCreatedData>,
    round: number,
    reason: string,
  ): Promise<void> {
    const data = event.data;
    this.logger.warn(`Grading of submission ${data.submissionId} failed: ${reason}`);
    const stored = await this.results.insertOnce(
      {
        submissionId: data.submissionId,
        round,
        outcome: 'failed',
        score: null,
        criteria: [],
        feedback: null,
        grader: this.grader.name,
        graderVersion: this.grader.version,
        model: this.grader.model,
        rubricVersion: data.rubricVersion,
        tokens: { prompt: 0, completion: 0 },
        costUsd: 0,
        flags: [],
        cached: false,
        failureReason: reason,
      },
      manager,
    );
    if (!stored) return;
    await this.outbox.add(manager, GradingEvents.submissionFailed, {
      subject: data.submissionId,
      traceparent: event.traceparent,
      data: {
        submissionId: data.submissionId,
        challengeId: data.challengeId,
        candidateId: data.candidateId,
        reason,
        failedAt: new Date().toISOString(),
        round,
        grader: this.grader.name,
        graderVersion: this.grader.version,
      },
    });
  }

  /**
   * Published straight to JetStream rather than through the outbox: it is advisory (status shows
   * "grading"), nothing depends on it, and an outbox row would need a commit of its own before the
   * model call. Its id is fixed per round, so a redelivered grading announces itself only once.
   */
  private async announceStart(data: SubmissionCreatedData, round: number, traceparent?: string): Promise<void> {
    const started = createEvent(GradingEvents.submissionStarted, {
      id: `${data.submissionId}:${round}:started`,
      source: 'skillproof/grading',
      subject: data.submissionId,
      traceparent,
      data: { submissionId: data.submissionId, startedAt: new Date().toISOString(), round },
    });
    try {
      await this.jetstream.publish(GradingEvents.submissionStarted.subject, JSON.stringify(started), {
        msgID: started.id,
      });
    } catch (error) {
      this.logger.warn(`Could not announce grading of ${data.submissionId}: ${String(error)}`);
    }
  }

  private cacheKey(data: SubmissionCreatedData): string {
    return createHash('sha256')
      .update(
        JSON.stringify([
          this.grader.name,
          this.grader.version,
          this.grader.model,
          data.challengeId,
          data.rubricVersion,
        ]),
      )
      .update('\n')
      .update(data.content)
      .digest('hex');
  }
}
