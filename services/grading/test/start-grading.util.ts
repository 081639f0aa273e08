import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@skillproof/config';
import { bootstrapService } from '@skillproof/platform';
import { AppModule, SERVICE_NAME } from '../src/app.module';
import { GradingConfig } from '../src/config/grading.config';

/** A grading replica, in this process, on a test database and NATS server. */
export function startGrading(
  env: Record<string, string> & { DATABASE_URL: string; NATS_URL: string },
): Promise<NestFastifyApplication> {
  const config = loadConfig(GradingConfig, { PORT: '0', LOG_LEVEL: 'warn', ...env });
  return bootstrapService(SERVICE_NAME, AppModule.forRoot(config), config);
}
