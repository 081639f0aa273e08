import { ApiProperty } from '@nestjs/swagger';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  DELIVERY_STATUSES,
  WEBHOOK_EVENT_TYPES,
  type DeliveryStatus,
  type WebhookEventType,
} from '@skillproof/contracts';

/** Response shapes of webhook endpoints and their deliveries, for OpenAPI and GraphQL alike. */
@ObjectType('Webhook')
export class WebhookDto {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty({ example: 'https://hooks.example.com/skillproof' }) url: string;
  @Field(() => [String]) @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true }) events: WebhookEventType[];
  @Field() @ApiProperty() createdAt: string;
  @Field(() => String, { nullable: true })
  @ApiProperty({ nullable: true, type: String, description: 'Set when the endpoint kept failing and was switched off' })
  disabledAt: string | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) disabledReason: string | null;
}

@ObjectType('WebhookCreated')
export class WebhookCreatedDto extends WebhookDto {
  @Field()
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'Signing secret, shown only now' })
  secret: string;
}

@ObjectType('DeliveryAttempt')
export class DeliveryAttemptDto {
  @Field() @ApiProperty() attemptedAt: string;
  @Field(() => Int, { nullable: true })
  @ApiProperty({ nullable: true, type: Number, description: 'Null when no answer came' })
  statusCode: number | null;
  @Field(() => Int) @ApiProperty() latencyMs: number;
  @Field() @ApiProperty() succeeded: boolean;
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) responseExcerpt:
    string | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) error: string | null;
}

@ObjectType('WebhookDelivery')
export class DeliveryDto {
  @Field(() => ID) @ApiProperty({ format: 'uuid', description: 'Sent as the webhook-id header' }) id: string;
  @Field(() => String) @ApiProperty({ enum: WEBHOOK_EVENT_TYPES }) eventType: WebhookEventType;
  @Field(() => String) @ApiProperty({ enum: DELIVERY_STATUSES }) status: DeliveryStatus;
  @Field(() => Int) @ApiProperty() attemptCount: number;
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) nextAttemptAt: string | null;
  @Field() @ApiProperty() createdAt: string;
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) completedAt: string | null;
  @Field(() => [DeliveryAttemptDto]) @ApiProperty({ type: [DeliveryAttemptDto] }) attempts: DeliveryAttemptDto[];
}

@ObjectType('WebhookDeliveryPage')
export class DeliveryPageDto {
  @Field(() => [DeliveryDto]) @ApiProperty({ type: [DeliveryDto] }) items: DeliveryDto[];
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
