import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { ChallengesRequests, RegradeGetRequest, RegradeStartRequest, type RegradeView } from '@skillproof/contracts';
import { traceparentOf } from '@skillproof/platform';
import { RegradeService } from '../services/regrade.service';

@Controller()
export class RegradeHandler {
  constructor(private readonly regrades: RegradeService) {}

  @MessagePattern(ChallengesRequests.startRegrade.subject)
  start(@Payload() request: RegradeStartRequest, @Ctx() context: NatsContext): Promise<RegradeView> {
    return this.regrades.start(request, traceparentOf(context));
  }

  @MessagePattern(ChallengesRequests.getRegrade.subject)
  get(@Payload() request: RegradeGetRequest): Promise<RegradeView> {
    return this.regrades.get(request);
  }
}
