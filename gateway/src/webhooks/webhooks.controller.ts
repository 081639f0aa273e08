import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { IdParams } from '../jobs/id.params';
import { PageArgs } from '../jobs/page.args';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { DeliveryParams } from './delivery.params';
import { DeliveryDto, DeliveryPageDto, WebhookCreatedDto, WebhookDto } from './webhook.dto';
import { WebhookCreateInput } from './webhook-create.input';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@Roles('company')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({ summary: 'Register a webhook endpoint' })
  @ApiCreatedResponse({ type: WebhookCreatedDto, description: 'The endpoint with its signing secret, shown once' })
  @ProblemResponses(400, 401, 403, 422)
  register(
    @Body() input: WebhookCreateInput,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<WebhookCreatedDto> {
    return this.webhooks.register(principal, input, traceparent);
  }

  @Get()
  @ApiOperation({ summary: "List your company's webhook endpoints" })
  @ApiOkResponse({ type: [WebhookDto] })
  @ProblemResponses(401, 403)
  list(@CurrentPrincipal() principal: Principal, @Traceparent() traceparent?: string): Promise<WebhookDto[]> {
    return this.webhooks.list(principal, traceparent);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a webhook endpoint' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The endpoint and its delivery log are gone' })
  @ProblemResponses(400, 401, 403, 404)
  remove(
    @Param() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<void> {
    return this.webhooks.remove(principal, params.id, traceparent);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "List an endpoint's deliveries" })
  @ApiOkResponse({ type: DeliveryPageDto, description: 'Deliveries, newest first, each with every attempt' })
  @ProblemResponses(400, 401, 403, 404)
  deliveries(
    @Param() params: IdParams,
    @Query() page: PageArgs,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<DeliveryPageDto> {
    return this.webhooks.deliveries(principal, params.id, page, traceparent);
  }

  @Post(':id/enable')
  @ApiOperation({ summary: 'Enable an endpoint that was disabled for failing' })
  @HttpCode(200)
  @ApiOkResponse({ type: WebhookDto, description: 'The endpoint, receiving events again' })
  @ProblemResponses(400, 401, 403, 404)
  enable(
    @Param() params: IdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<WebhookDto> {
    return this.webhooks.enable(principal, params.id, traceparent);
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @ApiOperation({ summary: 'Send a delivery again (a limited number of times an hour)' })
  @HttpCode(202)
  @ApiAcceptedResponse({ type: DeliveryDto, description: 'The delivery, queued to be sent again now' })
  @ProblemResponses(400, 401, 403, 404, 409)
  retry(
    @Param() params: DeliveryParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<DeliveryDto> {
    return this.webhooks.retry(principal, params.id, params.deliveryId, traceparent);
  }
}
