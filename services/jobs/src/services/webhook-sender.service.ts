import { Inject, Injectable } from '@nestjs/common';
import { JobsConfig } from '../config/jobs.config';
import { checkWebhookTarget } from './webhook-target.util';
import { signWebhook } from './webhook-signature.util';

const EXCERPT_CHARS = 500;
const EXCERPT_BYTES = 4 * EXCERPT_CHARS;

export interface SendResult {
  succeeded: boolean;
  statusCode: number | null;
  responseExcerpt: string | null;
  error: string | null;
}

export interface OutgoingWebhook {
  id: string;
  url: string;
  secret: string;
  body: string;
}

/** One signed POST to one endpoint; never throws, the result says what happened. */
@Injectable()
export class WebhookSender {
  constructor(@Inject(JobsConfig) private readonly config: JobsConfig) {}

  async send(webhook: OutgoingWebhook): Promise<SendResult> {
    // Checked again at every attempt: the name may resolve elsewhere than at registration.
    const verdict = await checkWebhookTarget(webhook.url, this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS);
    if (!verdict.allowed) return failure(null, `target refused: ${verdict.reason}`);
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        body: webhook.body,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Skillproof-Webhooks/1.0',
          // The wall clock, not the service's: the receiver checks the timestamp against its own.
          ...signWebhook(webhook.secret, webhook.id, new Date(), webhook.body),
        },
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      });
      const excerpt = await readExcerpt(response);
      if (response.status >= 200 && response.status < 300) {
        return { succeeded: true, statusCode: response.status, responseExcerpt: excerpt, error: null };
      }
      const error =
        response.status >= 300 && response.status < 400 ? 'redirect not followed' : `HTTP ${response.status}`;
      return { succeeded: false, statusCode: response.status, responseExcerpt: excerpt, error };
    } catch (error) {
      return failure(null, describe(error, this.config.WEBHOOK_TIMEOUT_MS));
    }
  }
}

function failure(statusCode: number | null, error: string): SendResult {
  return { succeeded: false, statusCode, responseExcerpt: null, error };
}

/** The start of the answer, read no further than needed: a receiver may send a lot. */
async function readExcerpt(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A body cut short still leaves what arrived.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = Buffer.concat(chunks).toString('utf8').slice(0, EXCERPT_CHARS);
  return text.length > 0 ? text : null;
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 500);
}
