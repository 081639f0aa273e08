import { Injectable } from '@nestjs/common';
import type { RegradeProgressRequest, RegradeProgressView } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import { GradingRegradeRepository } from '../repositories/grading-regrade.repository';

@Injectable()
export class RegradeProgressService {
  constructor(private readonly regrades: GradingRegradeRepository) {}

  async progress(request: RegradeProgressRequest): Promise<RegradeProgressView> {
    const progress = await this.regrades.progress(request.regradeId);
    if (!progress) throw DomainError.notFound('regrade', request.regradeId);
    return progress;
  }
}
