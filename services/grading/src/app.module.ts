import { Module, type DynamicModule } from '@nestjs/common';
import type { GradingConfig } from './config/grading.config';
import { graderProvider, openAiClientProvider } from './graders/grader.provider';
import { gradingJobConsumer } from './consumers/grading-job.consumer';
import { CodeDryRunHandler } from './handlers/code-dry-run.handler';
import { QuizGenerationHandler } from './handlers/quiz-generation.handler';
import { RegradeHandler } from './handlers/regrade.handler';
import { GradeCacheRepository } from './repositories/grade-cache.repository';
import { GradingJobRepository } from './repositories/grading-job.repository';
import { GradingRegradeRepository } from './repositories/grading-regrade.repository';
import { GradingResultRepository } from './repositories/grading-result.repository';
import { CodeRunner } from './services/code-runner.service';
import { GradingRecorder } from './services/grading-recorder.service';
import { GradingWorker } from './services/grading-worker.service';
import { ProviderLimiter } from './services/provider-limiter.service';
import { QuizGenerationService } from './services/quiz-generation.service';
import { RegradeProgressService } from './services/regrade-progress.service';
import { SubmissionGradingService } from './services/submission-grading.service';

/**
 * Grading's handlers, graders and repositories. Built from the settings because the work-queue
 * consumer's retry settings are decorator options, fixed when its class is defined.
 */
@Module({})
export class AppModule {
  static forRoot(config: GradingConfig): DynamicModule {
    return {
      module: AppModule,
      controllers: [QuizGenerationHandler, RegradeHandler, CodeDryRunHandler],
      providers: [
        ProviderLimiter,
        CodeRunner,
        openAiClientProvider,
        graderProvider,
        GradingResultRepository,
        GradeCacheRepository,
        GradingJobRepository,
        GradingRegradeRepository,
        RegradeProgressService,
        GradingRecorder,
        SubmissionGradingService,
        GradingWorker,
        QuizGenerationService,
        gradingJobConsumer(config),
      ],
    };
  }
}
