import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@skillproof/config';
import { bootstrapService } from '@skillproof/platform';
import { AppModule, SERVICE_NAME } from '../src/app.module';
import { CatalogConfig } from '../src/config/catalog.config';

/** The catalog service, in this process, on a test database and NATS server. */
export function startCatalog(env: { DATABASE_URL: string; NATS_URL: string }): Promise<NestFastifyApplication> {
  const config = loadConfig(CatalogConfig, { PORT: '0', LOG_LEVEL: 'warn', ...env });
  return bootstrapService(SERVICE_NAME, AppModule.forRoot(config), config);
}
