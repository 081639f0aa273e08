import { estimateTokens, retryAfterMs } from './retry-after.util';

const NOW = new Date('2026-01-01T00:00:00Z');

describe('retryAfterMs', () => {
  it("prefers OpenAI's milliseconds", () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }), NOW)).toBe(1_500);
  });

  it('reads seconds', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }), NOW)).toBe(3_000);
  });

  it('reads an HTTP date, never negative', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), NOW)).toBe(5_000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' }), NOW)).toBe(0);
  });

  it('says nothing when the provider did not', () => {
    expect(retryAfterMs(new Headers(), NOW)).toBeUndefined();
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), NOW)).toBeUndefined();
  });
});

describe('estimateTokens', () => {
  it('counts four characters a token and adds the answer', () => {
    expect(estimateTokens(4_001, 500)).toBe(1_501);
  });
});
