import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  JobsRequests,
  OnBehalfOfRequest,
  WebhookCreateRequest,
  WebhookDeliveriesRequest,
  WebhookRefRequest,
  WebhookRetryRequest,
  type DeliveryView,
  type Page,
  type WebhookCreatedView,
  type WebhookView,
} from '@skillproof/contracts';
import { WebhookService } from '../services/webhook.service';

@Controller()
export class WebhookHandler {
  constructor(private readonly webhooks: WebhookService) {}

  @MessagePattern(JobsRequests.createWebhook.subject)
  create(@Payload() request: WebhookCreateRequest): Promise<WebhookCreatedView> {
    return this.webhooks.register(request);
  }

  @MessagePattern(JobsRequests.listWebhooks.subject)
  list(@Payload() request: OnBehalfOfRequest): Promise<WebhookView[]> {
    return this.webhooks.list(request);
  }

  @MessagePattern(JobsRequests.deleteWebhook.subject)
  remove(@Payload() request: WebhookRefRequest): Promise<{ deleted: true }> {
    return this.webhooks.remove(request);
  }

  @MessagePattern(JobsRequests.listDeliveries.subject)
  deliveries(@Payload() request: WebhookDeliveriesRequest): Promise<Page<DeliveryView>> {
    return this.webhooks.listDeliveries(request);
  }

  @MessagePattern(JobsRequests.enableWebhook.subject)
  enable(@Payload() request: WebhookRefRequest): Promise<WebhookView> {
    return this.webhooks.enable(request);
  }

  @MessagePattern(JobsRequests.retryDelivery.subject)
  retry(@Payload() request: WebhookRetryRequest): Promise<DeliveryView> {
    return this.webhooks.retry(request);
  }
}
