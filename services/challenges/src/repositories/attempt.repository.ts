import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AttemptEntity } from '../entities/attempt.entity';

@Injectable()
export class AttemptRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(attempt: Omit<AttemptEntity, 'id'>, manager: EntityManager = this.dataSource.manager): Promise<AttemptEntity> {
    return manager.save(AttemptEntity, manager.create(AttemptEntity, attempt));
  }

  /**
   * Serialises attempt starts of one candidate at one challenge until the transaction ends, so two
   * starts racing each other cannot both slip inside the cooldown.
   */
  async lockCandidateChallenge(candidateId: string, challengeId: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `attempt:${candidateId}:${challengeId}`,
    ]);
  }

  /**
   * What holds the challenge for the candidate at `now`: deadlines of attempts still open with
   * nothing submitted, and when each submission whose grading did not fail was submitted.
   */
  async history(
    candidateId: string,
    challengeId: string,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ openAttemptDeadlines: Date[]; countedSubmissions: Date[] }> {
    const open: Array<{ deadline: Date }> = await manager.query(
      `SELECT a.deadline FROM attempts a
        WHERE a.candidate_id = $1 AND a.challenge_id = $2 AND a.deadline > $3
          AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.attempt_id = a.id)`,
      [candidateId, challengeId, now],
    );
    const submitted: Array<{ submitted_at: Date }> = await manager.query(
      `SELECT submitted_at FROM submissions WHERE candidate_id = $1 AND challenge_id = $2 AND status <> 'failed'`,
      [candidateId, challengeId],
    );
    return {
      openAttemptDeadlines: open.map((row) => new Date(row.deadline)),
      countedSubmissions: submitted.map((row) => new Date(row.submitted_at)),
    };
  }

  /** Locks the attempt so that two submissions racing for it are decided one after the other. */
  findByIdForUpdate(id: string, manager: EntityManager): Promise<AttemptEntity | null> {
    return manager.findOne(AttemptEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
