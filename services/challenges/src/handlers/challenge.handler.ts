import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import {
  ChallengeApproveRequest,
  ChallengeCreateRequest,
  ChallengeUpdateRequest,
  ChallengeIdRequest,
  ChallengeListRequest,
  ChallengesRequests,
  type ChallengeSummary,
  type ChallengeView,
  type Page,
} from '@skillproof/contracts';
import { traceparentOf } from '@skillproof/platform';
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
  create(@Payload() request: ChallengeCreateRequest, @Ctx() context: NatsContext): Promise<ChallengeView> {
    return this.challenges.create(request, traceparentOf(context));
  }

  @MessagePattern(ChallengesRequests.updateChallenge.subject)
  update(@Payload() request: ChallengeUpdateRequest, @Ctx() context: NatsContext): Promise<ChallengeView> {
    return this.challenges.update(request, traceparentOf(context));
  }

  @MessagePattern(ChallengesRequests.approveChallenge.subject)
  approve(@Payload() request: ChallengeApproveRequest): Promise<ChallengeView> {
    return this.challenges.approve(request);
  }

  @MessagePattern(ChallengesRequests.publishChallenge.subject)
  publish(@Payload() request: ChallengeIdRequest, @Ctx() context: NatsContext): Promise<ChallengeView> {
    return this.challenges.publish(request.id, request.principal, traceparentOf(context));
  }

  @MessagePattern(ChallengesRequests.archiveChallenge.subject)
  archive(@Payload() request: ChallengeIdRequest): Promise<ChallengeView> {
    return this.challenges.archive(request.id, request.principal);
  }
}
