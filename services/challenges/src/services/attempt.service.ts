import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AttemptStartRequest, AttemptView } from '@skillproof/contracts';
import { Clock, DomainError } from '@skillproof/platform';
import { AttemptRepository } from '../repositories/attempt.repository';
import { ChallengeRepository } from '../repositories/challenge.repository';
import { requireRole } from './access.policy';
import { toAttemptView } from './challenge.views';
import { nextAttemptOpensAt } from './grade-trust.rule';

const MINUTE_MS = 60_000;

@Injectable()
export class AttemptService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengeRepository,
    private readonly attempts: AttemptRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Starts the clock: the deadline is the challenge's time limit from now. One graded attempt per
   * cooldown: inside it the answer is a 409 naming when the next attempt opens.
   */
  async start(request: AttemptStartRequest): Promise<AttemptView> {
    const principal = requireRole(request.principal, 'candidate');
    const challenge = await this.challenges.findById(request.challengeId);
    if (!challenge || challenge.status === 'draft') throw DomainError.notFound('challenge', request.challengeId);
    if (challenge.status === 'archived') {
      throw DomainError.conflict('challenge.archived', 'This challenge is archived and takes no new attempts');
    }
    const attempt = await this.dataSource.transaction(async (manager) => {
      await this.attempts.lockCandidateChallenge(principal.userId, challenge.id, manager);
      const startedAt = this.clock.now();
      const history = await this.attempts.history(principal.userId, challenge.id, startedAt, manager);
      const opensAt = nextAttemptOpensAt(history, challenge.cooldownDays, startedAt);
      if (opensAt) {
        throw DomainError.conflict(
          'attempt.cooldown',
          `One graded attempt per ${challenge.cooldownDays} days at this challenge; the next attempt opens at ${opensAt.toISOString()}`,
        );
      }
      return this.attempts.insert(
        {
          challengeId: challenge.id,
          candidateId: principal.userId,
          startedAt,
          deadline: new Date(startedAt.getTime() + challenge.timeLimitMinutes * MINUTE_MS),
        },
        manager,
      );
    });
    return toAttemptView(attempt);
  }
}
