import { request, type Dispatcher } from 'undici';

/** Statuses whose response may not carry a body (the Fetch standard's null body statuses). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The SDK's fetch for JSON calls, on undici's `request` instead of the WHATWG `fetch`: a grading
 * call through the SDK cost 0.55-0.7 ms of CPU with Node's fetch and 0.27-0.35 ms with this one
 * (2,000 calls at 100 in flight against the local stub), mostly fetch's web streams, Headers and
 * per-request abort wiring, and less of it is garbage to collect. The answer is read whole before
 * the SDK sees it, which suits every call grading makes (none streams) and keeps the SDK's timeout
 * over the body as well. A body that is not text (an upload) goes through the standard fetch.
 */
export async function bufferedFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  if (input instanceof Request || (init.body != null && typeof init.body !== 'string')) return fetch(input, init);
  const response = await request(input, {
    method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
    headers: init.headers instanceof Headers ? init.headers : new Headers(init.headers),
    body: init.body,
    signal: init.signal ?? undefined,
  });
  const body = NULL_BODY_STATUSES.has(response.statusCode) ? null : await response.body.arrayBuffer();
  return new Response(body, { status: response.statusCode, headers: responseHeaders(response.headers) });
}

function responseHeaders(raw: Dispatcher.ResponseData['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.append(name, value);
  }
  return headers;
}
