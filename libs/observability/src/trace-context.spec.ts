import { nextTraceparent, traceIdOf } from './trace-context';

describe('nextTraceparent', () => {
  it('continues a valid incoming trace with a new span id', () => {
    const incoming = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const next = nextTraceparent(incoming);
    expect(traceIdOf(next)).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(next).not.toBe(incoming);
  });

  it('starts distinct well-formed traces across many refills of its random pool', () => {
    const made = Array.from({ length: 1_000 }, () => nextTraceparent(undefined));
    for (const traceparent of made) expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(new Set(made.map(traceIdOf)).size).toBe(made.length);
    expect(new Set(made.map((traceparent) => traceparent.slice(36, 52))).size).toBe(made.length);
  });
});
