import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import dns, { type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { Agent, Response } from 'undici';
import { JobsConfig } from '../config/jobs.config';
import { isPrivateAddress, judgeAddress, urlProblem } from './webhook-target.util';
import { signWebhook } from './webhook-signature.util';

/** Enough of a receiver's answer to tell an error page from another; it is shown to the company. */
const EXCERPT_CHARS = 200;
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

/** Raised inside the connection's own address lookup, so the address judged is the one connected to. */
class TargetRefusedError extends Error {}

/**
 * Resolves a host name for a new connection and judges every address it resolves to. The address the
 * socket then connects to is one of these, so a name that resolves elsewhere between a check and the
 * connection (DNS rebinding) cannot slip through. Names that ever resolved to a private address are
 * remembered as private for good, so a pooled connection's answer is never taken for a public one.
 */
function guardedLookup(allowPrivate: boolean, privateHosts: Set<string>): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      for (const { address } of addresses) {
        const verdict = judgeAddress(address, allowPrivate);
        if (!verdict.allowed) return callback(new TargetRefusedError(verdict.reason), '', 0);
      }
      if (addresses.some(({ address }) => isPrivateAddress(address))) privateHosts.add(hostname);
      if (options.all) return (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** The refusal of our own lookup, wherever fetch wrapped it. */
function refusalIn(error: unknown): TargetRefusedError | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof TargetRefusedError) return cause;
  }
  return undefined;
}

/** One signed POST to one endpoint; never throws, the result says what happened. */
@Injectable()
export class WebhookSender implements OnApplicationShutdown {
  /** Host names that resolved to a private address at least once. */
  private readonly privateHosts = new Set<string>();
  /**
   * undici and one pool for every delivery, so connections to a receiver are reused; each new one is
   * judged. undici is 2.2 MB of source in 220 modules, about 4 MiB of heap once loaded, so it is
   * loaded at the first delivery: a jobs service whose companies have no webhooks never needs it.
   */
  private client?: Promise<{ fetch: typeof import('undici').fetch; agent: Agent }>;

  constructor(@Inject(JobsConfig) private readonly config: JobsConfig) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.client) await (await this.client).agent.destroy();
  }

  private connect(): Promise<{ fetch: typeof import('undici').fetch; agent: Agent }> {
    this.client ??= import('undici').then(({ Agent, fetch }) => ({
      fetch,
      agent: new Agent({
        connect: { lookup: guardedLookup(this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS, this.privateHosts) },
      }),
    }));
    return this.client;
  }

  async send(webhook: OutgoingWebhook): Promise<SendResult> {
    const allowPrivate = this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS;
    const problem = urlProblem(webhook.url);
    if (problem) return failure(null, `target refused: ${problem}`);
    // An address written in the URL is connected to without a lookup, so it is judged here.
    const host = new URL(webhook.url).hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      const verdict = judgeAddress(host, allowPrivate);
      if (!verdict.allowed) return failure(null, `target refused: ${verdict.reason}`);
    }
    const { fetch, agent } = await this.connect();
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
        dispatcher: agent,
      });
      // What a private target answers stays private: an endpoint must not become a way to read it.
      const isPrivate = isIP(host) ? isPrivateAddress(host) : this.privateHosts.has(host);
      const excerpt = isPrivate ? await discard(response) : await readExcerpt(response);
      if (response.status >= 200 && response.status < 300) {
        return { succeeded: true, statusCode: response.status, responseExcerpt: excerpt, error: null };
      }
      const error =
        response.status >= 300 && response.status < 400 ? 'redirect not followed' : `HTTP ${response.status}`;
      return { succeeded: false, statusCode: response.status, responseExcerpt: excerpt, error };
    } catch (error) {
      const refused = refusalIn(error);
      if (refused) return failure(null, `target refused: ${refused.message}`);
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

/** Lets the body go without reading it. */
async function discard(response: Response): Promise<null> {
  await response.body?.cancel().catch(() => undefined);
  return null;
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 500);
}
