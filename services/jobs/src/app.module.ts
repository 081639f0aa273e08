import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusModule } from '@skillproof/bus';
import { ObservabilityModule } from '@skillproof/observability';
import { DatabaseReadiness, PersistenceModule } from '@skillproof/persistence';
import { NatsReadiness, PlatformModule } from '@skillproof/platform';
import { JobsConfig } from './config/jobs.config';
import { JOBS_ENTITIES, JOBS_FEATURE_ENTITIES } from './entities';
import { ApplicationHandler } from './handlers/application.handler';
import { JobHandler } from './handlers/job.handler';
import { SkillVerifiedConsumer } from './handlers/skill-verified.consumer';
import { SubmissionGradedConsumer } from './handlers/submission-graded.consumer';
import { WebhookHandler } from './handlers/webhook.handler';
import { JOBS_MIGRATIONS } from './migrations';
import { ApplicationRepository } from './repositories/application.repository';
import { JobRepository } from './repositories/job.repository';
import { VerifiedSkillRepository } from './repositories/verified-skill.repository';
import { WebhookDeliveryRepository } from './repositories/webhook-delivery.repository';
import { WebhookEndpointRepository } from './repositories/webhook-endpoint.repository';
import { ApplicationService } from './services/application.service';
import { DeliveryWorker } from './services/delivery-worker.service';
import { EndpointHealthService } from './services/endpoint-health.service';
import { JobMatchService } from './services/job-match.service';
import { JobService } from './services/job.service';
import { WebhookFanoutService } from './services/webhook-fanout.service';
import { WebhookSender } from './services/webhook-sender.service';
import { WebhookService } from './services/webhook.service';

export const SERVICE_NAME = 'jobs';

@Module({})
export class AppModule {
  static forRoot(config: JobsConfig): DynamicModule {
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
          entities: JOBS_ENTITIES,
          migrations: JOBS_MIGRATIONS,
        }),
        TypeOrmModule.forFeature(JOBS_FEATURE_ENTITIES),
        BusModule.forRoot({
          service: SERVICE_NAME,
          natsUrl: config.NATS_URL,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
      ],
      controllers: [JobHandler, ApplicationHandler, WebhookHandler],
      providers: [
        { provide: JobsConfig, useValue: config },
        JobRepository,
        ApplicationRepository,
        VerifiedSkillRepository,
        WebhookEndpointRepository,
        WebhookDeliveryRepository,
        JobService,
        JobMatchService,
        ApplicationService,
        WebhookService,
        WebhookFanoutService,
        WebhookSender,
        EndpointHealthService,
        DeliveryWorker,
        SkillVerifiedConsumer,
        SubmissionGradedConsumer,
      ],
    };
  }
}
