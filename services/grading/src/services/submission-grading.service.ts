import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { JetStreamClient } from '@nats-io/jetstream';
import {
  createEvent,
  deadLetterSubject,
  GradingEvents,
  TESTS_ONLY_SCORING,
  type BulkRegradeRequestedData,
  type CodeAiReview,
  type CodeGradeScoring,
  type CodeRunResult,
  type CodeScoring,
  type CodeTestResult,
  type DeadLetteredData,
  type EventEnvelope,
  type SubmissionCreatedData,
  type GraderName,
  type SubmissionGradedData,
} from '@skillproof/contracts';
import { backoffMs, forgetInboxEntry, JETSTREAM, Outbox } from '@skillproof/bus';
import { Clock } from '@skillproof/platform';
import { GradingPriority } from '../entities/grading-job.entity';
import { GRADER, GradingFailure, type Grader, type GraderOutput, type GradingInput } from '../graders/grader';
import { CODE_REVIEW_PROMPT_VERSION } from '../graders/grading-prompt';
import { looksLikePromptInjection, PROMPT_INJECTION_FLAG } from '../graders/prompt-injection.detector';
import { weightedScore } from '../graders/weighted-score';
import type { CachedGrade } from '../entities/grade-cache.entity';
import { GradeCacheRepository } from '../repositories/grade-cache.repository';
import { GradingJobRepository, type CacheLookup, type ClaimedJob } from '../repositories/grading-job.repository';
import { GradingRegradeRepository } from '../repositories/grading-regrade.repository';
import { GradingConfig } from '../config/grading.config';
import { gradingsFinished, providerCost, providerTokens } from './grading-metrics.util';
import { CodeRunner } from './code-runner.service';
import { combineCodeScore, type ReviewResult } from './code-score.rule';
import { GradingRecorder, type GradingOutcome } from './grading-recorder.service';
import { ProviderLimiter } from './provider-limiter.service';
import { regradeIdOf } from './bulk-regrade.util';
import { estimateTokens } from './retry-after.util';

/** What produced a grade, as every grade names it. */
interface GradedBy {
  name: GraderName;
  version: string;
  model: string | null;
}

/** The review step's result, with the model's answer when it reviewed. */
type CodeReview =
  | (Extract<ReviewResult, { outcome: 'reviewed' }> & { output: GraderOutput })
  | Exclude<ReviewResult, { outcome: 'reviewed' }>;

/** Postgres delivers a NOTIFY when its transaction commits: when the jobs it queued can be claimed. */
export const JOBS_CHANNEL = 'skillproof_grading_jobs';

/** Changes whenever how the sandbox runs or scores tests changes. */
const SANDBOX_GRADER: GradedBy = { name: 'sandbox', version: 'sandbox-1', model: null };

/** Tries of the record step before the grading is given back to the queue and the model asked again. */
const RECORD_TRIES = 4;
const RECORD_RETRY_BASE_MS = 250;

/**
 * Grades one submission round in three steps, so that no database connection is held while the
 * model (or, for code, the sandbox) works: the job was claimed in a short statement, the grader
 * runs with no connection, and a short transaction records the result (unique per submission and
 * round), its graded or failed event and the end of the job. A redelivery or a worker that dies
 * mid-way can neither lose the grade nor produce a second one.
 */
@Injectable()
export class SubmissionGradingService {
  private readonly logger = new Logger(SubmissionGradingService.name);

  constructor(
    @Inject(GRADER) private readonly grader: Grader,
    @Inject(JETSTREAM) private readonly jetstream: JetStreamClient,
    private readonly dataSource: DataSource,
    private readonly jobs: GradingJobRepository,
    private readonly regrades: GradingRegradeRepository,
    private readonly cache: GradeCacheRepository,
    private readonly recorder: GradingRecorder,
    private readonly limiter: ProviderLimiter,
    private readonly code: CodeRunner,
    private readonly config: GradingConfig,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /**
   * Queues the gradings asked for by events, in those events' inbox transaction, and tells every
   * replica's workers when it commits. The notification goes first: Postgres holds it until the
   * commit anyway, and issued after the queuing it would be one more round trip, through a busy
   * event loop, while this intake holds its companies' place in line from every other intake.
   */
  async accept(
    events: Array<EventEnvelope<SubmissionCreatedData>>,
    priority: GradingPriority,
    inboxConsumer: string,
    manager: EntityManager,
  ): Promise<void> {
    const jobs = events.map((event) => ({
      event,
      priority,
      inboxConsumer,
      cacheKey: this.reusableCacheKey(event.data),
    }));
    await manager.query('SELECT pg_notify($1, $2)', [JOBS_CHANNEL, '']);
    await this.jobs.enqueueMany(jobs, this.clock.now(), manager);
  }

  /** Queues submissions of bulk re-grades, behind every interactive grading. */
  async acceptBulk(
    events: Array<EventEnvelope<BulkRegradeRequestedData>>,
    inboxConsumer: string,
    manager: EntityManager,
  ): Promise<void> {
    const regrades = new Map(events.map(({ data }) => [data.regradeId, data]));
    // In one order everywhere, so that two intakes meeting the same new re-grades cannot deadlock.
    for (const regradeId of [...regrades.keys()].sort()) {
      const { challengeId, regradeTotal } = regrades.get(regradeId)!;
      await this.regrades.recordOnce({ id: regradeId, challengeId, total: regradeTotal }, manager);
    }
    await this.accept(events, GradingPriority.bulk, inboxConsumer, manager);
  }

  /**
   * Grades a claimed job. A failure the model caused (an answer that never fits the schema) is a
   * result like a grade; anything else is thrown for the worker to retry. `workDone` is called as
   * soon as the work step (the model, or the sandbox) is over, before the result is recorded: the
   * worker's slots stand for work, and recording goes on in the recorder's group commit.
   */
  async grade(job: ClaimedJob, workDone: () => void = () => undefined): Promise<void> {
    const { event } = job;
    if (event.data.code) return this.gradeCode(event, workDone);
    const data = event.data;
    const round = data.round ?? 1;
    const flags = looksLikePromptInjection(data.content) ? [PROMPT_INJECTION_FLAG] : [];
    const cacheKey = this.cacheKey(data);
    // Announced beside the work rather than before it; the result waits for the announcement, so
    // that "grading" never follows "graded".
    const announced = this.announceStart(data, round, event.traceparent);
    let output: GraderOutput | GradingFailure;
    let cached: CachedGrade | undefined;
    try {
      cached = round === 1 ? await this.cachedGrade(cacheKey, job.cache) : undefined;
      output = cached
        ? { ...cached, tokens: { prompt: 0, completion: 0 }, costUsd: 0 }
        : await this.callGrader({
            challengeTitle: data.challengeTitle,
            brief: data.brief,
            criteria: data.criteria,
            content: data.content,
          });
    } catch (error) {
      if (!(error instanceof GradingFailure)) throw error;
      output = error;
    } finally {
      workDone();
    }
    await announced;
    if (output instanceof GradingFailure) {
      this.logger.warn(`Grading of submission ${data.submissionId} failed: ${output.message}`);
      await this.record(this.failure(event, round, output.message));
      gradingsFinished.inc({ outcome: 'failed' });
      return;
    }
    if (output.injectionSuspected && flags.length === 0) flags.push(PROMPT_INJECTION_FLAG);
    const score = weightedScore(data.criteria, output.criteria);
    const graded = this.graded(event, round, this.by(), { ...output, score, flags, cached: cached !== undefined });
    await this.record(cached ? graded : { ...graded, cache: { key: cacheKey, grade: output } });
    gradingsFinished.inc({ outcome: 'graded' });
    if (!cached) this.countProviderUse(output);
  }

  /**
   * A code submission's work step is the sandbox: no connection is held while its tests run, and
   * the tests score is the weighted share of passed tests. A submission that breaks every test is
   * still a grade (of 0), never a failed grading: the sandbox contains what the code does. Where the
   * challenge gives an AI review a weight, the model then reviews the code (code-score.rule says how
   * the two combine); the grade stays `sandbox`, so `tested`, and names the review's model.
   */
  private async gradeCode(event: EventEnvelope<SubmissionCreatedData>, workDone: () => void): Promise<void> {
    const data = event.data;
    const round = data.round ?? 1;
    const announced = this.announceStart(data, round, event.traceparent);
    const spec = data.code!;
    const stated = spec.scoring ?? TESTS_ONLY_SCORING;
    // The work step, which frees the slot when it ends, is the sandbox and the review together.
    const { result, review } = await this.runAndReview(data, stated).finally(workDone);
    await announced;
    const reviewed = review?.outcome === 'reviewed' ? review : undefined;
    const combined = combineCodeScore(stated, result.score, review);
    const output: GraderOutput = {
      criteria: reviewed?.output.criteria ?? [],
      feedback: testSummary(result.tests) + (reviewed ? `\nAI review: ${reviewed.output.feedback}` : ''),
      tokens: reviewed?.output.tokens ?? { prompt: 0, completion: 0 },
      costUsd: reviewed?.output.costUsd ?? 0,
      injectionSuspected: reviewed?.steering ?? false,
    };
    const aiReview: CodeAiReview | undefined = review && {
      outcome: review.outcome,
      score: combined.reviewScore,
      feedback: reviewed?.output.feedback ?? null,
      grader: reviewed ? this.grader.name : null,
      graderVersion: reviewed ? this.reviewVersion() : null,
      model: reviewed ? this.grader.model : null,
      held: combined.held,
      reason: review.outcome === 'reviewed' ? null : review.reason,
    };
    await this.record(
      this.graded(
        event,
        round,
        { ...SANDBOX_GRADER, model: reviewed ? this.grader.model : null },
        {
          ...output,
          score: combined.score,
          flags: reviewed?.steering ? [PROMPT_INJECTION_FLAG] : [],
          cached: false,
          tests: result.tests,
          scoring: combined.scoring,
          ...(aiReview ? { aiReview } : {}),
        },
      ),
    );
    gradingsFinished.inc({ outcome: 'graded' });
    if (reviewed) this.countProviderUse(reviewed.output);
  }

  private async runAndReview(
    data: SubmissionCreatedData,
    stated: CodeScoring,
  ): Promise<{ result: CodeRunResult; review: CodeReview | undefined }> {
    const result = await this.code.run(data.code!, data.content);
    const review = stated.review > 0 ? await this.reviewCode(data, result.tests) : undefined;
    return { result, review };
  }

  /**
   * The AI review of code, through the same model path as rubric grading (shared provider limits,
   * no connection held). The model sees the source and how many tests passed, never a test itself.
   * Steering is what the detector finds in the source or the model reports. A review the model
   * cannot give is no grading failure: the tests still grade, and the grade says why they alone did.
   */
  private async reviewCode(data: SubmissionCreatedData, tests: CodeTestResult[]): Promise<CodeReview> {
    if (this.grader.model === null) return { outcome: 'no_model', reason: 'no AI reviewer is configured' };
    if (data.criteria.length === 0) return { outcome: 'failed', reason: 'the challenge has no review rubric' };
    const input: GradingInput = {
      challengeTitle: data.challengeTitle,
      brief: data.brief,
      criteria: data.criteria,
      content: data.content,
      code: {
        language: data.code!.language,
        testsPassed: tests.filter((test) => test.status === 'passed').length,
        testsRun: tests.length,
      },
    };
    try {
      const output = await this.callGrader(input);
      return {
        outcome: 'reviewed',
        output,
        score: weightedScore(data.criteria, output.criteria),
        steering: output.injectionSuspected || looksLikePromptInjection(data.content),
      };
    } catch (error) {
      if (!(error instanceof GradingFailure)) throw error;
      this.logger.warn(`AI review of submission ${data.submissionId} failed: ${error.message}`);
      return { outcome: 'failed', reason: `the AI review failed (${error.message})` };
    }
  }

  /** The review prompt adds to the grader's own, so a review names both versions. */
  private reviewVersion(): string {
    return `${this.grader.version}+code-review-${CODE_REVIEW_PROMPT_VERSION}`;
  }

  private countProviderUse(output: GraderOutput): void {
    if (this.grader.model === null) return;
    const labels = { provider: this.grader.name, model: this.grader.model };
    providerTokens.inc({ ...labels, kind: 'prompt' }, output.tokens.prompt);
    providerTokens.inc({ ...labels, kind: 'completion' }, output.tokens.completion);
    providerCost.inc(labels, output.costUsd);
  }

  private by(): GradedBy {
    return { name: this.grader.name, version: this.grader.version, model: this.grader.model };
  }

  /** The work step: no connection is held here, however long the limits or the model make it. */
  private async callGrader(input: GradingInput): Promise<GraderOutput> {
    if (this.grader.model !== null) {
      const promptCharacters = JSON.stringify(input).length;
      await this.limiter.acquire(estimateTokens(promptCharacters, this.config.OPENAI_EXPECTED_ANSWER_TOKENS));
    }
    return this.grader.grade(input);
  }

  /**
   * Gives a grading up after its last try: the job ends, a dead letter keeps the event for an
   * operator (`npm run deadletters`), and the inbox forgets the event so that a redrive is taken.
   */
  async deadLetter(job: ClaimedJob, tries: number, reason: string): Promise<void> {
    const { event } = job;
    const consumer = job.inboxConsumer;
    this.logger.error(`Grading of ${event.data.submissionId} given up after ${tries} tries (${reason}); dead-lettered`);
    await this.dataSource.transaction(async (manager) => {
      await this.jobs.removeMany([{ submissionId: event.data.submissionId, round: event.data.round ?? 1 }], manager);
      await forgetInboxEntry(manager, consumer, event.id);
      const letter: DeadLetteredData = { consumer, deliveries: tries, error: reason, event };
      await this.outbox.add(manager, { subject: deadLetterSubject(consumer) }, { subject: event.id, data: letter });
    });
  }

  /**
   * The record step outlives a short database hiccup without paying the model again: the answer
   * is kept and written again before the job goes back to the queue.
   */
  private async record(outcome: GradingOutcome): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.recorder.record(outcome);
        return;
      } catch (error) {
        if (attempt >= RECORD_TRIES) throw error;
        this.logger.warn(`Recording a grade failed (${String(error)}); try ${attempt + 1} of ${RECORD_TRIES}`);
        await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt, RECORD_RETRY_BASE_MS, 5_000)));
      }
    }
  }

  private graded(
    event: EventEnvelope<SubmissionCreatedData>,
    round: number,
    by: GradedBy,
    output: GraderOutput & {
      score: number;
      flags: string[];
      cached: boolean;
      tests?: CodeTestResult[];
      scoring?: CodeGradeScoring;
      aiReview?: CodeAiReview;
    },
  ): GradingOutcome {
    const data = event.data;
    const { score, flags, cached } = output;
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
      grader: by.name,
      graderVersion: by.version,
      model: by.model,
      rubricVersion: data.rubricVersion,
      tokens: output.tokens,
      costUsd: output.costUsd,
      flags,
      gradedAt: new Date().toISOString(),
      round,
      cached,
      ...(output.tests ? { tests: output.tests } : {}),
      ...(output.scoring ? { scoring: output.scoring } : {}),
      ...(output.aiReview ? { aiReview: output.aiReview } : {}),
    };
    return {
      result: {
        submissionId: data.submissionId,
        round,
        outcome: 'graded',
        score,
        criteria: output.criteria,
        feedback: output.feedback,
        grader: by.name,
        graderVersion: by.version,
        model: by.model,
        rubricVersion: data.rubricVersion,
        tokens: output.tokens,
        costUsd: output.costUsd,
        flags,
        cached,
        failureReason: null,
        regradeId: regradeIdOf(data),
      },
      event: {
        definition: GradingEvents.submissionGraded,
        event: { subject: data.submissionId, traceparent: event.traceparent, data: graded },
      },
    };
  }

  private failure(event: EventEnvelope<SubmissionCreatedData>, round: number, reason: string): GradingOutcome {
    const data = event.data;
    return {
      result: {
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
        regradeId: regradeIdOf(data),
      },
      event: {
        definition: GradingEvents.submissionFailed,
        event: {
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
        },
      },
    };
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

  /**
   * What the claim found in the cache, unless the job was queued under another key (before the
   * key was stored with it, or by a replica whose grader was another version): then it is looked up.
   */
  private cachedGrade(key: string, claimed: CacheLookup | undefined): Promise<CachedGrade | undefined> {
    return claimed?.key === key ? Promise.resolve(claimed.grade) : this.cache.find(key);
  }

  /** A re-grade exists to get a fresh opinion and code is graded by its tests, so neither reuses a grade. */
  private reusableCacheKey(data: SubmissionCreatedData): string | null {
    return (data.round ?? 1) === 1 && !data.code ? this.cacheKey(data) : null;
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

/** One line a candidate can read at a glance; the per-test detail is in the grade's tests. */
function testSummary(tests: CodeTestResult[]): string {
  const passed = tests.filter((test) => test.status === 'passed').length;
  return `${passed} of ${tests.length} tests passed`;
}
