import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import {
  ChallengesEvents,
  isEventEnvelope,
  type Principal,
  type SubmissionStatus,
  type SubmissionStatusChangedData,
} from '@skillproof/contracts';
import { NATS_CONNECTION } from '@skillproof/platform';
import { ChallengesGatewayService } from './challenges.gateway-service';
import type { SubmissionStatusDto } from './submission.dto';

const FINAL: SubmissionStatus[] = ['graded', 'failed'];
const RANK: Record<SubmissionStatus, number> = { queued: 0, grading: 1, graded: 2, failed: 2 };

type Listener = (change: SubmissionStatusChangedData) => void;

/**
 * Live status of submissions. One core NATS subscription to the status events the challenges
 * service emits feeds every open stream; each stream starts with the state the service reports,
 * so a change that happened before the client connected is never missed.
 */
@Injectable()
export class SubmissionStatusFeed implements OnModuleInit, OnModuleDestroy {
  private readonly listeners = new Map<string, Set<Listener>>();
  private subscription?: Subscription;

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly challenges: ChallengesGatewayService,
  ) {}

  onModuleInit(): void {
    this.subscription = this.connection.subscribe(ChallengesEvents.submissionStatusChanged.subject, {
      callback: (error, message) => {
        if (error) return;
        const envelope: unknown = message.json();
        if (!isEventEnvelope(envelope)) return;
        const change = envelope.data as SubmissionStatusChangedData;
        this.listeners.get(change.submissionId)?.forEach((listener) => listener(change));
      },
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /**
   * Checks access and reads the current state first (so a 404 is answered as a problem, before
   * any streaming), then yields each later change until the submission is graded or failed.
   */
  async open(id: string, principal: Principal, traceparent?: string): Promise<AsyncGenerator<SubmissionStatusDto>> {
    const pending: SubmissionStatusChangedData[] = [];
    let wake: (() => void) | undefined;
    const listener: Listener = (change) => {
      pending.push(change);
      wake?.();
    };
    this.add(id, listener);
    try {
      const current = await this.challenges.submission(id, principal, traceparent);
      return this.stream({ submissionId: id, status: current.status, score: current.score }, current.round, {
        pending,
        next: () => new Promise<void>((resolve) => (wake = resolve)),
        close: () => this.remove(id, listener),
      });
    } catch (error) {
      this.remove(id, listener);
      throw error;
    }
  }

  private async *stream(
    first: SubmissionStatusDto,
    round: number,
    queue: { pending: SubmissionStatusChangedData[]; next: () => Promise<void>; close: () => void },
  ): AsyncGenerator<SubmissionStatusDto> {
    try {
      let last = first;
      yield first;
      while (!FINAL.includes(last.status)) {
        const change = queue.pending.shift();
        if (!change) {
          await queue.next();
          continue;
        }
        const newer = change.round > round || (change.round === round && RANK[change.status] > RANK[last.status]);
        if (!newer) continue;
        round = change.round;
        last = { submissionId: change.submissionId, status: change.status, score: change.score };
        yield last;
      }
    } finally {
      queue.close();
    }
  }

  private add(id: string, listener: Listener): void {
    const set = this.listeners.get(id) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(id, set);
  }

  private remove(id: string, listener: Listener): void {
    const set = this.listeners.get(id);
    set?.delete(listener);
    if (set?.size === 0) this.listeners.delete(id);
  }
}
