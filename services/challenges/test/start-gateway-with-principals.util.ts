import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { loadConfig } from '@skillproof/config';
import type { Principal } from '@skillproof/contracts';
import { AppModule } from '../../../gateway/src/app.module';
import { GatewayConfig } from '../../../gateway/src/config/gateway.config';
import { createGateway } from '../../../gateway/src/create-gateway';

const PRINCIPAL_HEADER = 'x-test-principal';

/**
 * The gateway with a stand-in for authentication: a test names the caller in a header, and the
 * hook sets `request.principal` as the real authentication will. Everything after that is real.
 */
export async function startGatewayWithPrincipals(env: { NATS_URL: string }): Promise<NestFastifyApplication> {
  const config = loadConfig(GatewayConfig, { PORT: '0', LOG_LEVEL: 'warn', NATS_REQUEST_TIMEOUT_MS: '5000', ...env });
  const app = await createGateway(AppModule.forRoot(config), config);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request: FastifyRequest) => {
    const header = request.headers[PRINCIPAL_HEADER];
    if (typeof header === 'string') {
      (request as FastifyRequest & { principal?: Principal }).principal = JSON.parse(header) as Principal;
    }
  });
  await fastify.ready();
  return app;
}

/** Headers that make the gateway treat the request as coming from this principal. */
export function as(principal: Principal): Record<string, string> {
  return { [PRINCIPAL_HEADER]: JSON.stringify(principal) };
}
