import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@skillproof/config';
import { bootstrapService } from '@skillproof/platform';
import { AppModule, SERVICE_NAME } from '../src/app.module';
import { JobsConfig } from '../src/config/jobs.config';

/**
 * The jobs service, in this process, on a test database and NATS server. Webhook retries run on a
 * schedule of milliseconds and loopback receivers are allowed, unless the test says otherwise.
 */
export function startJobs(
  env: Record<string, string> & { DATABASE_URL: string; NATS_URL: string },
): Promise<NestFastifyApplication> {
  const config = loadConfig(JobsConfig, {
    PORT: '0',
    LOG_LEVEL: 'warn',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_RETRY_BASE_MS: '100',
    WEBHOOK_RETRY_MAX_DELAY_MS: '400',
    WEBHOOK_RETRY_WINDOW_MS: '60000',
    WEBHOOK_TIMEOUT_MS: '1000',
    WEBHOOK_POLL_MS: '50',
    ...env,
  });
  return bootstrapService(SERVICE_NAME, AppModule.forRoot(config), config);
}
