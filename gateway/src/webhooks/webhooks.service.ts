import { Injectable } from '@nestjs/common';
import { JobsRequests, type Principal } from '@skillproof/contracts';
import { RequestClient } from '@skillproof/platform';
import type { PageArgs } from '../jobs/page.args';
import type { DeliveryDto, DeliveryPageDto, WebhookCreatedDto, WebhookDto } from './webhook.dto';
import type { WebhookCreateInput } from './webhook-create.input';

/** The company's webhook endpoints, kept by the jobs service. */
@Injectable()
export class WebhooksService {
  constructor(private readonly services: RequestClient) {}

  register(principal: Principal, input: WebhookCreateInput, traceparent?: string): Promise<WebhookCreatedDto> {
    return this.services.request(JobsRequests.createWebhook, { principal, ...input }, { traceparent });
  }

  list(principal: Principal, traceparent?: string): Promise<WebhookDto[]> {
    return this.services.request(JobsRequests.listWebhooks, { principal }, { traceparent });
  }

  async remove(principal: Principal, id: string, traceparent?: string): Promise<void> {
    await this.services.request(JobsRequests.deleteWebhook, { principal, id }, { traceparent });
  }

  deliveries(principal: Principal, id: string, page: PageArgs, traceparent?: string): Promise<DeliveryPageDto> {
    return this.services.request(JobsRequests.listDeliveries, { principal, id, ...page }, { traceparent });
  }

  enable(principal: Principal, id: string, traceparent?: string): Promise<WebhookDto> {
    return this.services.request(JobsRequests.enableWebhook, { principal, id }, { traceparent });
  }

  retry(principal: Principal, id: string, deliveryId: string, traceparent?: string): Promise<DeliveryDto> {
    return this.services.request(JobsRequests.retryDelivery, { principal, id, deliveryId }, { traceparent });
  }
}
