import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import {
  ChallengesRequests,
  GradeAcceptRequest,
  GradeOverrideRequest,
  SubmissionCreateRequest,
  SubmissionIdRequest,
  type SubmissionAccepted,
  type SubmissionView,
} from '@skillproof/contracts';
import { traceparentOf } from '@skillproof/platform';
import { SubmissionService } from '../services/submission.service';

@Controller()
export class SubmissionHandler {
  constructor(private readonly submissions: SubmissionService) {}

  @MessagePattern(ChallengesRequests.submit.subject)
  submit(@Payload() request: SubmissionCreateRequest, @Ctx() context: NatsContext): Promise<SubmissionAccepted> {
    return this.submissions.submit(request, traceparentOf(context));
  }

  @MessagePattern(ChallengesRequests.getSubmission.subject)
  get(@Payload() request: SubmissionIdRequest): Promise<SubmissionView> {
    return this.submissions.get(request.id, request.principal);
  }

  @MessagePattern(ChallengesRequests.requestRegrade.subject)
  regrade(@Payload() request: SubmissionIdRequest, @Ctx() context: NatsContext): Promise<SubmissionView> {
    return this.submissions.requestRegrade(request.id, request.principal, traceparentOf(context));
  }

  @MessagePattern(ChallengesRequests.overrideGrade.subject)
  override(@Payload() request: GradeOverrideRequest, @Ctx() context: NatsContext): Promise<SubmissionView> {
    return this.submissions.override(request, traceparentOf(context));
  }

  @MessagePattern(ChallengesRequests.acceptGrade.subject)
  accept(@Payload() request: GradeAcceptRequest, @Ctx() context: NatsContext): Promise<SubmissionView> {
    return this.submissions.accept(request, traceparentOf(context));
  }
}
