import { Module } from '@nestjs/common';
import { GradingOutcomeConsumer } from './consumers/grading-outcome.consumer';
import { CatalogClient } from './clients/catalog.client';
import { GradingClient } from './clients/grading.client';
import { ProfilesClient } from './clients/profiles.client';
import { AttemptHandler } from './handlers/attempt.handler';
import { CalibrationHandler } from './handlers/calibration.handler';
import { ChallengeHandler } from './handlers/challenge.handler';
import { QuizHandler } from './handlers/quiz.handler';
import { RegradeHandler } from './handlers/regrade.handler';
import { SubmissionHandler } from './handlers/submission.handler';
import { AttemptRepository } from './repositories/attempt.repository';
import { ChallengeRepository } from './repositories/challenge.repository';
import { QuizRepository } from './repositories/quiz.repository';
import { RegradeRepository } from './repositories/regrade.repository';
import { SubmissionRepository } from './repositories/submission.repository';
import { SeedLoader } from './seeds/seed-loader';
import { AttemptService } from './services/attempt.service';
import { CalibrationService } from './services/calibration.service';
import { ChallengeService } from './services/challenge.service';
import { GradingOutcomeService } from './services/grading-outcome.service';
import { QuizService } from './services/quiz.service';
import { RegradeService } from './services/regrade.service';
import { SubmissionEvents } from './services/submission-events.service';
import { SubmissionService } from './services/submission.service';

/** The challenges service's own handlers, consumers, services and repositories; ServiceCoreModule brings the rest. */
@Module({
  controllers: [ChallengeHandler, AttemptHandler, SubmissionHandler, RegradeHandler, QuizHandler, CalibrationHandler],
  providers: [
    ChallengeRepository,
    AttemptRepository,
    SubmissionRepository,
    QuizRepository,
    RegradeRepository,
    ChallengeService,
    AttemptService,
    SubmissionService,
    SubmissionEvents,
    RegradeService,
    GradingOutcomeService,
    QuizService,
    CalibrationService,
    GradingClient,
    CatalogClient,
    ProfilesClient,
    GradingOutcomeConsumer,
    SeedLoader,
  ],
})
export class AppModule {}
