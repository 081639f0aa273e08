/**
 * How long a provider asked us to wait, from a 429's headers: OpenAI's `retry-after-ms`, else the
 * standard `retry-after` in seconds or as an HTTP date. Undefined when it did not say.
 */
export function retryAfterMs(headers: Headers, now: Date): number | undefined {
  const milliseconds = Number(headers.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (value.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

/** Tokens a model call will spend, guessed before it is made: about four characters a token, plus the answer. */
export function estimateTokens(promptCharacters: number, answerTokens: number): number {
  return Math.ceil(promptCharacters / 4) + answerTokens;
}
