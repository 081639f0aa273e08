import { Module } from '@nestjs/common';
import { ChallengesController } from './challenges.controller';
import { ChallengesGatewayService } from './challenges.gateway-service';
import { ChallengesResolver } from './challenges.resolver';
import { SubmissionStatusFeed } from './submission-status.feed';
import { SubmissionsController } from './submissions.controller';

@Module({
  controllers: [ChallengesController, SubmissionsController],
  providers: [ChallengesGatewayService, SubmissionStatusFeed, ChallengesResolver],
})
export class ChallengesModule {}
