import { Module, type DynamicModule } from '@nestjs/common';
import { BusModule } from '@skillproof/bus';
import { ObservabilityModule } from '@skillproof/observability';
import { DatabaseReadiness, PersistenceModule } from '@skillproof/persistence';
import { NatsReadiness, PlatformModule } from '@skillproof/platform';
import { GradingClient } from './clients/grading.client';
import { ChallengesConfig } from './config/challenges.config';
import { CHALLENGES_ENTITIES } from './entities';
import { AttemptHandler } from './handlers/attempt.handler';
import { CalibrationHandler } from './handlers/calibration.handler';
import { ChallengeHandler } from './handlers/challenge.handler';
import { GradingEventsConsumer } from './handlers/grading-events.consumer';
import { QuizHandler } from './handlers/quiz.handler';
import { SubmissionHandler } from './handlers/submission.handler';
import { CHALLENGES_MIGRATIONS } from './migrations';
import { AttemptRepository } from './repositories/attempt.repository';
import { ChallengeRepository } from './repositories/challenge.repository';
import { QuizRepository } from './repositories/quiz.repository';
import { SubmissionRepository } from './repositories/submission.repository';
import { SeedLoader } from './seeds/seed-loader';
import { AttemptService } from './services/attempt.service';
import { CalibrationService } from './services/calibration.service';
import { ChallengeService } from './services/challenge.service';
import { GradingOutcomeService } from './services/grading-outcome.service';
import { QuizService } from './services/quiz.service';
import { SubmissionEvents } from './services/submission-events';
import { SubmissionService } from './services/submission.service';

export const SERVICE_NAME = 'challenges';

@Module({})
export class AppModule {
  static forRoot(config: ChallengesConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule,
        ObservabilityModule.forRoot({
          service: SERVICE_NAME,
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, NatsReadiness],
          answerOverNats: true,
        }),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          entities: CHALLENGES_ENTITIES,
          migrations: CHALLENGES_MIGRATIONS,
        }),
        BusModule.forRoot({
          service: SERVICE_NAME,
          natsUrl: config.NATS_URL,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
      ],
      controllers: [ChallengeHandler, AttemptHandler, SubmissionHandler, QuizHandler, CalibrationHandler],
      providers: [
        { provide: ChallengesConfig, useValue: config },
        ChallengeRepository,
        AttemptRepository,
        SubmissionRepository,
        QuizRepository,
        ChallengeService,
        AttemptService,
        SubmissionService,
        SubmissionEvents,
        GradingOutcomeService,
        QuizService,
        CalibrationService,
        GradingClient,
        GradingEventsConsumer,
        SeedLoader,
      ],
    };
  }
}
