import { BUS_ENTITIES } from '@skillproof/bus';
import { ApplicationEntity } from './application.entity';
import { JobEntity } from './job.entity';
import { VerifiedSkillEntity } from './verified-skill.entity';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

export const JOBS_ENTITIES = [
  ...BUS_ENTITIES,
  JobEntity,
  ApplicationEntity,
  VerifiedSkillEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
];
