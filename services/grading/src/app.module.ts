import { Module, type DynamicModule } from '@nestjs/common';
import { BusModule } from '@skillproof/bus';
import { ObservabilityModule } from '@skillproof/observability';
import { DatabaseReadiness, PersistenceModule } from '@skillproof/persistence';
import { NatsReadiness, PlatformModule } from '@skillproof/platform';
import { GradingConfig } from './config/grading.config';
import { GRADING_ENTITIES } from './entities';
import { graderProvider, openAiClientProvider } from './graders/grader.provider';
import { gradingJobConsumer } from './handlers/grading-job.consumer';
import { QuizGenerationHandler } from './handlers/quiz-generation.handler';
import { GRADING_MIGRATIONS } from './migrations';
import { GradeCacheRepository } from './repositories/grade-cache.repository';
import { GradingResultRepository } from './repositories/grading-result.repository';
import { QuizGenerationService } from './services/quiz-generation.service';
import { SubmissionGradingService } from './services/submission-grading.service';

export const SERVICE_NAME = 'grading';

/** Connections beyond the graders' own: the outbox relay, its listener and the readiness check. */
const SPARE_CONNECTIONS = 4;

@Module({})
export class AppModule {
  static forRoot(config: GradingConfig): DynamicModule {
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
          entities: GRADING_ENTITIES,
          migrations: GRADING_MIGRATIONS,
          // Each grading holds its inbox transaction open during the model call.
          poolSize: 2 * config.GRADING_CONCURRENCY + SPARE_CONNECTIONS,
        }),
        BusModule.forRoot({
          service: SERVICE_NAME,
          natsUrl: config.NATS_URL,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
      ],
      controllers: [QuizGenerationHandler],
      providers: [
        { provide: GradingConfig, useValue: config },
        openAiClientProvider,
        graderProvider,
        GradingResultRepository,
        GradeCacheRepository,
        SubmissionGradingService,
        QuizGenerationService,
        gradingJobConsumer(config),
      ],
    };
  }
}
