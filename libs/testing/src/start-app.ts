import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig, type BaseConfig } from '@skillproof/config';
import type { AppDefinition, AppOptions } from '@skillproof/platform';

/**
 * Settings tests use unless a test says otherwise: quiet logs, and for the services that need it,
 * a schedule of milliseconds instead of days (jobs' webhook retries), loopback webhook receivers,
 * cheap password hashing, and a gateway that gives up on a silent service within the test's patience.
 */
const TEST_SETTINGS: Record<string, Record<string, string>> = {
  gateway: { NATS_REQUEST_TIMEOUT_MS: '2000' },
  profiles: { PASSWORD_HASH_COST: '12' },
  jobs: {
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_RETRY_BASE_MS: '100',
    WEBHOOK_RETRY_MAX_DELAY_MS: '400',
    WEBHOOK_RETRY_WINDOW_MS: '60000',
    WEBHOOK_TIMEOUT_MS: '1000',
    WEBHOOK_POLL_MS: '50',
  },
};

/**
 * Starts a service or the gateway in this process, exactly as main.ts builds it, on the given
 * database and NATS server; ready for `app.inject()` and NATS requests, with no HTTP port opened.
 */
export async function startApp<Config extends BaseConfig>(
  definition: AppDefinition<Config>,
  env: Record<string, string> & { NATS_URL: string },
  options: AppOptions = {},
): Promise<NestFastifyApplication> {
  const config = loadConfig(definition.config, {
    PORT: '0',
    LOG_LEVEL: 'warn',
    ...TEST_SETTINGS[definition.name],
    ...env,
  });
  const app = await definition.create(config, options);
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
