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
  extra?: Record<string, string>;
}): NodeJS.ProcessEnv {
  // No AI provider: the offline heuristic grader grades, so nothing leaves the machine.
  const { OPENAI_API_KEY: _key, OPENAI_BASE_URL: _url, ...inherited } = process.env;
  return {
    ...inherited,
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
