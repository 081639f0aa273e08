import { Injectable } from '@nestjs/common';
import type { CalibrationSet } from '@skillproof/contracts';
import { ChallengeRepository } from '../repositories/challenge.repository';

@Injectable()
export class CalibrationService {
  constructor(private readonly challenges: ChallengeRepository) {}

  async sets(): Promise<CalibrationSet[]> {
    const found = await this.challenges.findWithReferences();
    return found.map(({ challenge, references }) => ({
      challengeId: challenge.id,
      title: challenge.title,
      brief: challenge.brief,
      rubricVersion: challenge.rubricVersion,
      criteria: challenge.criteria,
      references: references.map(({ id, content, humanScores }) => ({ id, content, humanScores })),
    }));
  }
}
