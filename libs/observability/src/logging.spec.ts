import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp, type Options } from 'pino-http';
import { loggingModule } from './logging';

/** The pino-http options the module hands nestjs-pino, as every service and the gateway run them. */
function httpLoggingOptions(): Options {
  const { providers = [] } = loggingModule('gateway', 'info');
  for (const provider of providers) {
    const value = (provider as { useValue?: { pinoHttp?: Options } }).useValue;
    if (value?.pinoHttp) return value.pinoHttp;
  }
  throw new Error('loggingModule provides no pino-http options');
}

describe('request logs', () => {
  const lines: Array<Record<string, unknown>> = [];
  let server: Server;

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const logging = pinoHttp({ ...httpLoggingOptions(), stream });
    server = createServer((request, response) =>
      logging(request, response, () => {
        request.log.warn('inside the request');
        response.setHeader('set-cookie', 'session=s3cret');
        response.end('{}');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/v1/me?page=2`, {
      headers: {
        authorization: 'Bearer token-that-must-not-leak',
        'x-api-key': 'key-that-must-not-leak',
        'user-agent': 'probe/1.0',
        traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      },
    });
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('say on every line which request, trace and caller it belongs to', () => {
    expect(lines.map((line) => line.msg)).toEqual(['inside the request', 'request completed']);
    for (const line of lines) {
      expect(line).toMatchObject({
        service: 'gateway',
        traceId: '0af7651916cd43dd8448eb211c80319c',
        req: { method: 'GET', url: '/v1/me?page=2', userAgent: 'probe/1.0' },
      });
      expect((line.req as { id?: unknown }).id).toEqual(expect.any(String));
      expect((line.req as { remoteAddress?: unknown }).remoteAddress).toEqual(expect.any(String));
    }
    expect(lines[1]).toMatchObject({ res: { statusCode: 200 }, responseTime: expect.any(Number) });
  });

  it('never carry credentials', () => {
    const written = JSON.stringify(lines);
    expect(written).not.toContain('token-that-must-not-leak');
    expect(written).not.toContain('key-that-must-not-leak');
    expect(written).not.toContain('s3cret');
  });
});
