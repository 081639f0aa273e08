import { CHAOS_ADMIN } from './chaos-world.util';

/**
 * The environment of a system run under faults: production timings scaled down so that the run
 * takes minutes (a dead grader's work moves on after 10 s instead of 2 min, and a webhook
 * interrupted by a crash is retried within seconds), on servers the test owns.
 */
export function systemEnvironment(settings: {
  databaseUrl: string;
  databasePrefix: string;
  natsUrl: string;
  gradingReplicas: number;
  /** A local model stub: AI grades are the ones that verify a score, and nothing leaves the machine. */
  modelBaseUrl: string;
  extra?: Record<string, string>;
}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    OPENAI_API_KEY: 'chaos-key',
    OPENAI_BASE_URL: settings.modelBaseUrl,
    // The admin approves the run's challenge, so that its AI grades count toward verified scores.
    ADMIN_EMAIL: CHAOS_ADMIN.email,
    ADMIN_PASSWORD: CHAOS_ADMIN.password,
    // Candidates retry the same challenge many times; the cooldown is not what is under test.
    CHALLENGE_MIN_COOLDOWN_DAYS: '0',
    DATABASE_URL: settings.databaseUrl,
    DATABASE_PREFIX: settings.databasePrefix,
    NATS_URL: settings.natsUrl,
    GRADING_REPLICAS: String(settings.gradingReplicas),
    GRADING_ACK_WAIT_MS: '10000',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_TIMEOUT_MS: '2000',
    WEBHOOK_RETRY_BASE_MS: '500',
    WEBHOOK_RETRY_MAX_DELAY_MS: '2000',
    // Every client of the test shares one address; the limit is not what is under test.
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...settings.extra,
  };
}
