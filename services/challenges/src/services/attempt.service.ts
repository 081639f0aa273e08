import { Injectable } from '@nestjs/common';
import type { AttemptStartRequest, AttemptView } from '@skillproof/contracts';
import { Clock, DomainError } from '@skillproof/platform';
import { AttemptRepository } from '../repositories/attempt.repository';
import { ChallengeRepository } from '../repositories/challenge.repository';
import { requireRole } from './access.policy';
import { toAttemptView } from './challenge.views';

const MINUTE_MS = 60_000;

@Injectable()
export class AttemptService {
  constructor(
    private readonly challenges: ChallengeRepository,
    private readonly attempts: AttemptRepository,
    private readonly clock: Clock,
  ) {}

  /** Starts the clock: the deadline is the challenge's time limit from now. */
  async start(request: AttemptStartRequest): Promise<AttemptView> {
    const principal = requireRole(request.principal, 'candidate');
    const challenge = await this.challenges.findById(request.challengeId);
    if (!challenge || challenge.status === 'draft') throw DomainError.notFound('challenge', request.challengeId);
    if (challenge.status === 'archived') {
      throw DomainError.conflict('challenge.archived', 'This challenge is archived and takes no new attempts');
    }
    const startedAt = this.clock.now();
    const attempt = await this.attempts.insert({
      challengeId: challenge.id,
      candidateId: principal.userId,
      startedAt,
      deadline: new Date(startedAt.getTime() + challenge.timeLimitMinutes * MINUTE_MS),
    });
    return toAttemptView(attempt);
  }
}
