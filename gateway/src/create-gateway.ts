import { RequestMethod, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import type { GatewayConfig } from './config/gateway.config';
import { mountOpenApi } from './docs/openapi';
import { protectMetrics } from './health/metrics-access';
import { answerParserErrorsAsProblems, answerTransportErrorsAsProblems } from './problems/transport-error.handler';
import { serveWebApp } from './web/web-app';

/** Builds the gateway application without listening, so tests can start it on a port of their own. */
export async function createGateway(module: DynamicModule, config: GatewayConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: (_address: string, hop: number) => hop < config.TRUST_PROXY_HOPS,
    clientErrorHandler: answerParserErrorsAsProblems,
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  answerTransportErrorsAsProblems(app.getHttpAdapter().getInstance());
  protectMetrics(app.getHttpAdapter().getInstance(), config.METRICS_TOKEN);
  app.setGlobalPrefix('v1', {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  mountOpenApi(app);
  await serveWebApp(app, config.WEB_DIST_DIR);
  await app.init();
  return app;
}
