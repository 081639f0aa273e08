import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AttemptStartRequest, ChallengesRequests, type AttemptView } from '@skillproof/contracts';
import { AttemptService } from '../services/attempt.service';

@Controller()
export class AttemptHandler {
  constructor(private readonly attempts: AttemptService) {}

  @MessagePattern(ChallengesRequests.startAttempt.subject)
  start(@Payload() request: AttemptStartRequest): Promise<AttemptView> {
    return this.attempts.start(request);
  }
}
