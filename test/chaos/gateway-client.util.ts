/** What the load generator saw while the faults ran: every try, and the ones a user had to repeat. */
export class RetryLedger {
  requests = 0;
  retries = 0;
  /** Requests that never succeeded within the patience of a user. */
  abandoned = 0;
  readonly failures = new Map<string, number>();

  note(reason: string): void {
    this.retries += 1;
    this.failures.set(reason, (this.failures.get(reason) ?? 0) + 1);
  }

  summary(): string {
    const reasons = [...this.failures.entries()].sort((a, b) => b[1] - a[1]);
    return reasons.map(([reason, count]) => `${reason} ×${count}`).join(', ') || 'none';
  }
}

export interface GatewayReply<Body = unknown> {
  status: number;
  body: Body;
  /** True when an earlier try of this request failed: the first may have taken effect anyway. */
  retried: boolean;
}

export interface CallOptions {
  body?: unknown;
  token?: string;
  /** How long to keep retrying before giving up, as a patient user would. */
  patienceMs?: number;
}

const TRY_TIMEOUT_MS = 10_000;
const DEFAULT_PATIENCE_MS = 120_000;

/**
 * REST calls to the gateway the way a client that retries would make them: a refused connection, a
 * 5xx or a 429 is tried again with backoff; anything else is the answer. Every retry is counted.
 */
export class GatewayClient {
  constructor(
    private readonly baseUrl: string,
    readonly ledger: RetryLedger,
  ) {}

  async call<Body = Record<string, unknown>>(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<GatewayReply<Body>> {
    this.ledger.requests += 1;
    const deadline = Date.now() + (options.patienceMs ?? DEFAULT_PATIENCE_MS);
    let retried = false;
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.tryOnce(method, path, options);
      if ('status' in outcome && !isTransient(outcome.status)) {
        return { status: outcome.status, body: outcome.body as Body, retried };
      }
      const reason = 'status' in outcome ? `${outcome.status} ${describeProblem(outcome.body)}` : outcome.error;
      if (Date.now() > deadline) {
        this.ledger.abandoned += 1;
        throw new Error(`${method} ${path} still failing after ${attempt} tries: ${reason}`);
      }
      this.ledger.note(reason);
      retried = true;
      await sleep(Math.min(2_000, 100 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random() / 2));
    }
  }

  private async tryOnce(
    method: string,
    path: string,
    options: CallOptions,
  ): Promise<{ status: number; body: unknown } | { error: string }> {
    const headers: Record<string, string> = {};
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(TRY_TIMEOUT_MS),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    } catch (error) {
      return { error: networkReason(error) };
    }
  }
}

function isTransient(status: number): boolean {
  return status >= 500 || status === 429;
}

function describeProblem(body: unknown): string {
  const code = (body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : '';
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  if (cause?.code) return cause.code;
  return error instanceof Error ? error.name : String(error);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
