import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { GraderConfig } from '../config/grading.config';

/**
 * The official SDK with retries and timeout set on purpose (its defaults are 2 retries and 10
 * minutes); `fetch` lets the service see every attempt, for the limits shared by its replicas.
 */
export function createOpenAiClient(config: GraderConfig, fetch?: typeof globalThis.fetch): OpenAI {
  return new OpenAI({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    maxRetries: config.OPENAI_MAX_RETRIES,
    timeout: config.OPENAI_TIMEOUT_MS,
    fetch,
  });
}

/**
 * A provider error in words fit for a failure reason; the SDK has already retried the transient
 * ones. `elapsedMs` tells a timeout from a refused connection where the runtime hides the abort
 * from the SDK (jest's VM does), which then reports a plain connection error.
 */
export function describeProviderError(
  error: unknown,
  config: Pick<GraderConfig, 'OPENAI_MAX_RETRIES' | 'OPENAI_TIMEOUT_MS'>,
  elapsedMs: number,
): string | undefined {
  const retries = config.OPENAI_MAX_RETRIES;
  const tries = `${retries + 1} ${retries === 0 ? 'try' : 'tries'}`;
  if (
    error instanceof APIConnectionTimeoutError ||
    (error instanceof APIConnectionError && elapsedMs >= config.OPENAI_TIMEOUT_MS)
  ) {
    return `the AI provider did not answer in time (${tries})`;
  }
  if (error instanceof APIConnectionError) return `the AI provider could not be reached (${tries})`;
  if (error instanceof APIError) {
    const transient = error.status === 429 || (error.status ?? 0) >= 500;
    return transient
      ? `the AI provider kept failing with HTTP ${error.status} (${tries})`
      : `the AI provider refused the request with HTTP ${error.status}`;
  }
  return undefined;
}
