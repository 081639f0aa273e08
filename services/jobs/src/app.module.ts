import { Module } from '@nestjs/common';
import { ApplicationHandler } from './handlers/application.handler';
import { JobHandler } from './handlers/job.handler';
import { SkillVerifiedConsumer } from './consumers/skill-verified.consumer';
import { SubmissionGradedConsumer } from './consumers/submission-graded.consumer';
import { WebhookHandler } from './handlers/webhook.handler';
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

/** The jobs service's own handlers, consumers, services and repositories; ServiceCoreModule brings the rest. */
@Module({
  controllers: [JobHandler, ApplicationHandler, WebhookHandler],
  providers: [
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
})
export class AppModule {}
