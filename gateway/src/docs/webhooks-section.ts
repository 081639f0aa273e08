import type { Type } from '@nestjs/common';
import { getSchemaPath, type ParameterObject, type PathItemObject, type WebhooksObject } from '@nestjs/swagger';
import type { WebhookEventType } from '@skillproof/contracts';
import {
  ApplicationCreatedWebhookDto,
  ApplicationStatusChangedWebhookDto,
  SubmissionGradedWebhookDto,
} from '../webhooks/webhook-payload.dto';

/** Each event type a company can subscribe to, with the public payload its endpoints receive. */
const EVENTS: Record<WebhookEventType, { payload: Type<unknown>; operationId: string; summary: string }> = {
  'submission.graded': {
    payload: SubmissionGradedWebhookDto,
    operationId: 'submissionGradedWebhook',
    summary: 'A submission to one of your challenges was graded',
  },
  'application.created': {
    payload: ApplicationCreatedWebhookDto,
    operationId: 'applicationCreatedWebhook',
    summary: 'A candidate applied to one of your jobs',
  },
  'application.status_changed': {
    payload: ApplicationStatusChangedWebhookDto,
    operationId: 'applicationStatusChangedWebhook',
    summary: 'An application to one of your jobs moved along the pipeline',
  },
};

export const WEBHOOK_PAYLOADS = Object.values(EVENTS).map((event) => event.payload);

const SIGNATURE_HEADERS: ParameterObject[] = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description: 'The delivery id. It stays the same on every retry, so a receiver can drop a repeat.',
    schema: { type: 'string', format: 'uuid' },
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description: 'Unix seconds when this attempt was signed; refuse one far from your clock to stop replays.',
    schema: { type: 'string', example: '1795800000' },
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      '`v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the base64 ' +
      'part of the endpoint secret after `whsec_`, per Standard Webhooks: any of its libraries verifies it.',
    schema: { type: 'string' },
  },
];

const RETRIED =
  'A failure, like a timeout or a redirect: retried with growing delays for 3 days by default, and an ' +
  'endpoint that keeps failing for 5 days is disabled. Every attempt is in the delivery log.';

function webhookOperation(type: WebhookEventType): PathItemObject {
  const { payload, operationId, summary } = EVENTS[type];
  return {
    post: {
      operationId,
      summary,
      description:
        `Sent to each of your endpoints subscribed to \`${type}\`. The payload is versioned: \`version\` ` +
        'changes only for a change that could break a receiver; new fields may appear in any version.',
      tags: ['webhooks'],
      // Receivers check the signature headers, not a security scheme.
      security: [],
      parameters: SIGNATURE_HEADERS,
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: getSchemaPath(payload) } } },
      },
      responses: {
        '2XX': { description: 'Received. Answer within 5 s (the default timeout); the start of the body is logged.' },
        '4XX': { description: RETRIED },
        '5XX': { description: RETRIED },
      },
    },
  };
}

/** The OpenAPI 3.1 `webhooks` section: what Skillproof sends to a company's endpoints. */
export function webhooksSection(): WebhooksObject {
  const types = Object.keys(EVENTS) as WebhookEventType[];
  return Object.fromEntries(types.map((type) => [type, webhookOperation(type)]));
}
