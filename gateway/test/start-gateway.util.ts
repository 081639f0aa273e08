import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@skillproof/config';
import { AppModule } from '../src/app.module';
import { GatewayConfig } from '../src/config/gateway.config';
import { createGateway } from '../src/create-gateway';

/** The gateway, in this process, ready for `app.inject()`; nothing listens on a port. */
export async function startGateway(
  env: Record<string, string> & { NATS_URL: string },
): Promise<NestFastifyApplication> {
  const config = loadConfig(GatewayConfig, { PORT: '0', LOG_LEVEL: 'warn', NATS_REQUEST_TIMEOUT_MS: '2000', ...env });
  const app = await createGateway(AppModule.forRoot(config), config);
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
