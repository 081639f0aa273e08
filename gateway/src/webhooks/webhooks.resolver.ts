import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { IdParams } from '../jobs/id.params';
import { PageArgs } from '../jobs/page.args';
import { DeliveryParams } from './delivery.params';
import { DeliveryDto, DeliveryPageDto, WebhookCreatedDto, WebhookDto } from './webhook.dto';
import { WebhookCreateInput } from './webhook-create.input';
import { WebhooksService } from './webhooks.service';

@Resolver(() => WebhookDto)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => [WebhookDto], { description: "The caller's company's webhook endpoints" })
  @Roles('company')
  webhooks(@CurrentPrincipal() principal: Principal, @Traceparent() traceparent?: string): Promise<WebhookDto[]> {
    return this.service.list(principal, traceparent);
  }

  @Query(() => DeliveryPageDto)
  @Roles('company')
  webhookDeliveries(
    @Args() params: IdParams,
    @Args() page: PageArgs,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<DeliveryPageDto> {
    return this.service.deliveries(principal, params.id, page, traceparent);
  }

  @Mutation(() => WebhookCreatedDto)
  @Roles('company')
  registerWebhook(
    @Args('input') input: WebhookCreateInput,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<WebhookCreatedDto> {
    return this.service.register(principal, input, traceparent);
  }

  @Mutation(() => Boolean)
  @Roles('company')
  async deleteWebhook(
    @Args() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<boolean> {
    await this.service.remove(principal, params.id, traceparent);
    return true;
  }

  @Mutation(() => WebhookDto, { description: 'Enable an endpoint that was disabled for failing' })
  @Roles('company')
  enableWebhook(
    @Args() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<WebhookDto> {
    return this.service.enable(principal, params.id, traceparent);
  }

  @Mutation(() => DeliveryDto)
  @Roles('company')
  retryWebhookDelivery(
    @Args() params: DeliveryParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<DeliveryDto> {
    return this.service.retry(principal, params.id, params.deliveryId, traceparent);
  }
}
