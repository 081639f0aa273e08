import { NestFactory } from '@nestjs/core';
import type { CustomStrategy, NatsOptions } from '@nestjs/microservices';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DynamicModule, Type } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import type { BaseConfig } from '@skillproof/config';
import { natsCredentials } from './nats-connection';
import { NatsRpcServer } from './nats-rpc-server';

/** NATS options shared by every process: wait for the server at start, reconnect forever. */
export function natsTransportOptions(config: BaseConfig, name: string): NatsOptions['options'] {
  return {
    ...natsCredentials(config),
    servers: config.NATS_URL.split(','),
    name,
    waitOnFirstConnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
  };
}

/**
 * Builds a service the same way everywhere: request/reply handlers on NATS in a queue group named
 * after the service (replicas share the load), and HTTP only for health and metrics, which the
 * caller opens (runApp on PORT; tests use inject). The module imports PlatformModule for
 * validation, problems and telemetry.
 */
export async function createService(
  service: string,
  module: Type<unknown> | DynamicModule,
  config: BaseConfig,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(module, new FastifyAdapter(), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.connectMicroservice<CustomStrategy>(
    {
      strategy: new NatsRpcServer({
        ...natsTransportOptions(config, `${service}-rpc`),
        queue: service,
        gracefulShutdown: true,
        // Requests are short; a second is enough for in-flight ones to finish at shutdown.
        gracePeriod: 1_000,
      }),
    },
    // Without this the NATS handlers would skip PlatformModule's pipe, filter and interceptor.
    { inheritAppConfig: true },
  );
  // Bootstrap first (keys, seeds, the admin account), then take requests: a handler must never answer
  // before the service it belongs to is ready, or a login can miss an admin still being created.
  await app.init();
  await app.startAllMicroservices();
  return app;
}
