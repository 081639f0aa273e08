import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GradingRequests, RegradeProgressRequest, type RegradeProgressView } from '@skillproof/contracts';
import { RegradeProgressService } from '../services/regrade-progress.service';

@Controller()
export class RegradeHandler {
  constructor(private readonly regrades: RegradeProgressService) {}

  @MessagePattern(GradingRequests.regradeProgress.subject)
  progress(@Payload() request: RegradeProgressRequest): Promise<RegradeProgressView> {
    return this.regrades.progress(request);
  }
}
