import { Injectable } from '@nestjs/common';
import {
  ChallengesRequests,
  type AttemptView,
  type ChallengeSummary,
  type ChallengeView,
  type Page,
  type Principal,
  type RegradeReason,
  type RegradeView,
  type SubmissionAccepted,
  type SubmissionView,
} from '@skillproof/contracts';
import { RequestClient } from '@skillproof/platform';
import { GatewayConfig } from '../config/gateway.config';
import type {
  ChallengeCreateDto,
  ChallengeListArgs,
  ChallengeUpdateDto,
  GradeOverrideDto,
} from './challenge-input.dto';
import type { RegradeDto } from './regrade.dto';

/** The challenges service as REST and GraphQL both call it, with the caller passed along. */
@Injectable()
export class ChallengesGatewayService {
  constructor(
    private readonly services: RequestClient,
    private readonly config: GatewayConfig,
  ) {}

  list(query: ChallengeListArgs, traceparent?: string): Promise<Page<ChallengeSummary>> {
    return this.services.request(ChallengesRequests.listChallenges, { ...query }, { traceparent });
  }

  get(id: string, principal?: Principal, traceparent?: string): Promise<ChallengeView> {
    return this.services.request(ChallengesRequests.getChallenge, { id, principal }, { traceparent });
  }

  create(input: ChallengeCreateDto, principal: Principal, traceparent?: string): Promise<ChallengeView> {
    return this.services.request(ChallengesRequests.createChallenge, { ...input, principal }, { traceparent });
  }

  publish(id: string, principal: Principal, traceparent?: string): Promise<ChallengeView> {
    return this.services.request(
      ChallengesRequests.publishChallenge,
      { id, principal },
      { traceparent, timeoutMs: this.config.CHALLENGE_PUBLISH_TIMEOUT_MS },
    );
  }

  update(id: string, input: ChallengeUpdateDto, principal: Principal, traceparent?: string): Promise<ChallengeView> {
    return this.services.request(ChallengesRequests.updateChallenge, { id, ...input, principal }, { traceparent });
  }

  approve(id: string, reason: string, principal: Principal, traceparent?: string): Promise<ChallengeView> {
    return this.services.request(ChallengesRequests.approveChallenge, { id, reason, principal }, { traceparent });
  }

  async startRegrade(
    id: string,
    reason: RegradeReason,
    principal: Principal,
    traceparent?: string,
  ): Promise<RegradeDto> {
    return withProgressUrl(
      await this.services.request(ChallengesRequests.startRegrade, { id, reason, principal }, { traceparent }),
    );
  }

  async regrade(
    challengeId: string,
    regradeId: string,
    principal: Principal,
    traceparent?: string,
  ): Promise<RegradeDto> {
    return withProgressUrl(
      await this.services.request(
        ChallengesRequests.getRegrade,
        { challengeId, regradeId, principal },
        { traceparent },
      ),
    );
  }

  accept(id: string, reason: string, principal: Principal, traceparent?: string): Promise<SubmissionView> {
    return this.services.request(ChallengesRequests.acceptGrade, { id, reason, principal }, { traceparent });
  }

  archive(id: string, principal: Principal, traceparent?: string): Promise<ChallengeView> {
    return this.services.request(ChallengesRequests.archiveChallenge, { id, principal }, { traceparent });
  }

  startAttempt(challengeId: string, principal: Principal, traceparent?: string): Promise<AttemptView> {
    return this.services.request(ChallengesRequests.startAttempt, { challengeId, principal }, { traceparent });
  }

  submit(attemptId: string, content: string, principal: Principal, traceparent?: string): Promise<SubmissionAccepted> {
    return this.services.request(ChallengesRequests.submit, { attemptId, content, principal }, { traceparent });
  }

  submission(id: string, principal: Principal, traceparent?: string): Promise<SubmissionView> {
    return this.services.request(ChallengesRequests.getSubmission, { id, principal }, { traceparent });
  }

  requestRegrade(id: string, principal: Principal, traceparent?: string): Promise<SubmissionView> {
    return this.services.request(ChallengesRequests.requestRegrade, { id, principal }, { traceparent });
  }

  override(id: string, input: GradeOverrideDto, principal: Principal, traceparent?: string): Promise<SubmissionView> {
    return this.services.request(ChallengesRequests.overrideGrade, { id, ...input, principal }, { traceparent });
  }
}

function withProgressUrl(regrade: RegradeView): RegradeDto {
  return { ...regrade, progressUrl: `/v1/challenges/${regrade.challengeId}/regrades/${regrade.id}` };
}
