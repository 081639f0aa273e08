import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

const SECRET_PREFIX = 'whsec_';

/** A new signing secret in the Standard Webhooks form: `whsec_` + base64 of 24 random bytes. */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(24).toString('base64');
}

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** Standard Webhooks headers, signed by the reference library (`v1,<base64 HMAC-SHA256>`); the timestamp is in seconds. */
export function signWebhook(secret: string, id: string, timestamp: Date, body: string): SignedHeaders {
  return {
    'webhook-id': id,
    'webhook-timestamp': Math.floor(timestamp.getTime() / 1_000).toString(),
    'webhook-signature': new Webhook(secret).sign(id, timestamp, body),
  };
}
