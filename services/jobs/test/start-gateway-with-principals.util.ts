import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { loadConfig } from '@skillproof/config';
import type { Principal } from '@skillproof/contracts';
import { AppModule } from '../../../gateway/src/app.module';
import { GatewayConfig } from '../../../gateway/src/config/gateway.config';
import { createGateway } from '../../../gateway/src/create-gateway';

export const TEST_PRINCIPAL_HEADER = 'x-test-principal';

/**
 * The gateway for tests that need a signed-in caller before authentication exists: a request
 * carrying the test header has that principal, as if a token had been verified. Nothing else changes.
 */
export async function startGatewayWithPrincipals(env: { NATS_URL: string }): Promise<NestFastifyApplication> {
  const config = loadConfig(GatewayConfig, { PORT: '0', LOG_LEVEL: 'warn', NATS_REQUEST_TIMEOUT_MS: '3000', ...env });
  const app = await createGateway(AppModule.forRoot(config), config);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request: FastifyRequest) => {
    const header = request.headers[TEST_PRINCIPAL_HEADER];
    if (typeof header === 'string')
      (request as FastifyRequest & { principal?: Principal }).principal = JSON.parse(header);
  });
  await fastify.ready();
  return app;
}

export function as(principal: Principal): Record<string, string> {
  return { [TEST_PRINCIPAL_HEADER]: JSON.stringify(principal) };
}
