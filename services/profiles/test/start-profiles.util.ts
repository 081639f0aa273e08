import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@skillproof/config';
import { bootstrapService } from '@skillproof/platform';
import { AppModule, SERVICE_NAME } from '../src/app.module';
import { ProfilesConfig } from '../src/config/profiles.config';

/** The profiles service, in this process, on a test database and NATS server; cheap hashing keeps tests quick. */
export function startProfiles(
  env: Record<string, string> & { DATABASE_URL: string; NATS_URL: string },
): Promise<NestFastifyApplication> {
  const config = loadConfig(ProfilesConfig, { PORT: '0', LOG_LEVEL: 'warn', PASSWORD_HASH_COST: '12', ...env });
  return bootstrapService(SERVICE_NAME, AppModule.forRoot(config), config);
}
