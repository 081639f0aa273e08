import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import {
  ChallengeCreateDto,
  ChallengeListArgs,
  ChallengeUpdateDto,
  GradeOverrideDto,
  IdParams,
  ReasonDto,
  SubmissionCreateDto,
} from './challenge-input.dto';
import { AttemptDto, ChallengeDto, ChallengePageDto } from './challenge.dto';
import { ChallengesGatewayService } from './challenges.gateway-service';
import { RegradeDto, RegradeParams, RegradeStartDto } from './regrade.dto';
import { SubmissionAcceptedDto, SubmissionDto, SubmissionStatusDto } from './submission.dto';
import { SubmissionStatusFeed } from './submission-status.feed';

@Resolver(() => ChallengeDto)
export class ChallengesResolver {
  constructor(
    private readonly service: ChallengesGatewayService,
    private readonly feed: SubmissionStatusFeed,
  ) {}

  @Query(() => ChallengePageDto, { description: 'Published challenges, newest first' })
  challenges(@Args() query: ChallengeListArgs, @Traceparent() traceparent?: string): Promise<ChallengePageDto> {
    return this.service.list(query, traceparent);
  }

  @Query(() => ChallengeDto)
  challenge(
    @Args() params: IdParams,
    @CurrentPrincipal() principal?: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.service.get(params.id, principal, traceparent);
  }

  @Mutation(() => ChallengeDto, { description: 'Creates a draft challenge' })
  @Roles('company', 'admin')
  createChallenge(
    @Args('input') input: ChallengeCreateDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.service.create(input, principal, traceparent);
  }

  @Mutation(() => ChallengeDto)
  @Roles('company', 'admin')
  publishChallenge(
    @Args() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.service.publish(params.id, principal, traceparent);
  }

  @Mutation(() => ChallengeDto, { description: 'A changed rubric or skill list withdraws an approval' })
  @Roles('company', 'admin')
  updateChallenge(
    @Args() params: IdParams,
    @Args('input') input: ChallengeUpdateDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.service.update(params.id, input, principal, traceparent);
  }

  @Mutation(() => ChallengeDto, { description: 'Lets a company challenge grant public verification' })
  @Roles('admin')
  approveChallenge(
    @Args() params: IdParams,
    @Args('input') input: ReasonDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.service.approve(params.id, input.reason, principal, traceparent);
  }

  @Mutation(() => ChallengeDto, { description: 'Takes the challenge out of the list; no new attempts start' })
  @Roles('company', 'admin')
  archiveChallenge(
    @Args() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ChallengeDto> {
    return this.service.archive(params.id, principal, traceparent);
  }

  @Mutation(() => RegradeDto, {
    description: "Re-grades a challenge's past graded submissions as new rounds, at low priority",
  })
  @Roles('company', 'admin')
  startRegrade(
    @Args() params: IdParams,
    @Args('input') input: RegradeStartDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<RegradeDto> {
    return this.service.startRegrade(params.id, input.reason, principal, traceparent);
  }

  @Query(() => RegradeDto, { description: "A bulk re-grade's progress (id = the challenge's id)" })
  @Roles('company', 'admin')
  regrade(
    @Args() params: RegradeParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<RegradeDto> {
    return this.service.regrade(params.id, params.regradeId, principal, traceparent);
  }

  @Mutation(() => AttemptDto)
  @Roles('candidate')
  startAttempt(
    @Args() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<AttemptDto> {
    return this.service.startAttempt(params.id, principal, traceparent);
  }

  @Mutation(() => SubmissionAcceptedDto, { description: 'Submits the work of an attempt (id = attempt id)' })
  @Roles('candidate')
  submitWork(
    @Args() params: IdParams,
    @Args('input') input: SubmissionCreateDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SubmissionAcceptedDto> {
    return this.service.submit(params.id, input.content, principal, traceparent);
  }

  @Query(() => SubmissionDto)
  @Roles()
  submission(
    @Args() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SubmissionDto> {
    return this.service.submission(params.id, principal, traceparent);
  }

  @Mutation(() => SubmissionDto)
  @Roles('candidate')
  requestRegrade(
    @Args() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SubmissionDto> {
    return this.service.requestRegrade(params.id, principal, traceparent);
  }

  @Mutation(() => SubmissionDto)
  @Roles('company', 'admin')
  overrideGrade(
    @Args() params: IdParams,
    @Args('input') input: GradeOverrideDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SubmissionDto> {
    return this.service.override(params.id, input, principal, traceparent);
  }

  @Mutation(() => SubmissionDto, { description: 'Accepts a grade flagged as steering the grader' })
  @Roles('company', 'admin')
  acceptGrade(
    @Args() params: IdParams,
    @Args('input') input: ReasonDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SubmissionDto> {
    return this.service.accept(params.id, input.reason, principal, traceparent);
  }

  /**
   * The current status, then each change until graded or failed. Over a websocket the caller comes
   * from the connection params (`{ authorization: 'Bearer …' }` or `{ 'x-api-key': … }`).
   */
  @Subscription(() => SubmissionStatusDto, { name: 'submissionStatus', resolve: (value: SubmissionStatusDto) => value })
  @Roles()
  submissionStatus(
    @Args() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<AsyncGenerator<SubmissionStatusDto>> {
    return this.feed.open(params.id, principal, traceparent);
  }
}
