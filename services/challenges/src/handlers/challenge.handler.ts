import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ChallengeCreateRequest,
  ChallengeIdRequest,
  ChallengeListRequest,
  ChallengesRequests,
  type ChallengeSummary,
  type ChallengeView,
  type Page,
} from '@skillproof/contracts';
import { ChallengeService } from '../services/challenge.service';

@Controller()
export class ChallengeHandler {
  constructor(private readonly challenges: ChallengeService) {}

  @MessagePattern(ChallengesRequests.listChallenges.subject)
  list(@Payload() request: ChallengeListRequest): Promise<Page<ChallengeSummary>> {
    return this.challenges.list(request);
  }

  @MessagePattern(ChallengesRequests.getChallenge.subject)
  get(@Payload() request: ChallengeIdRequest): Promise<ChallengeView> {
    return this.challenges.get(request.id, request.principal);
  }

  @MessagePattern(ChallengesRequests.createChallenge.subject)
  create(@Payload() request: ChallengeCreateRequest): Promise<ChallengeView> {
    return this.challenges.create(request);
  }

  @MessagePattern(ChallengesRequests.publishChallenge.subject)
  publish(@Payload() request: ChallengeIdRequest): Promise<ChallengeView> {
    return this.challenges.publish(request.id, request.principal);
  }

  @MessagePattern(ChallengesRequests.archiveChallenge.subject)
  archive(@Payload() request: ChallengeIdRequest): Promise<ChallengeView> {
    return this.challenges.archive(request.id, request.principal);
  }
}
