import 'reflect-metadata';
import { loadConfig } from '@skillproof/config';
import { connectNats, natsCredentials, RequestClient } from '@skillproof/platform';
import { GraderConfig } from '../config/grading.config';
import { createGrader, createOptionalOpenAiClient } from '../graders/grader.provider';
import { calibrate, formatCalibration } from './calibration-report';
import { fetchCalibrationSets } from './calibration-sets.client';

/** Collecting every reference submission is one query; generous, since it runs by hand beside a busy system. */
const CHALLENGES_TIMEOUT_MS = 10_000;

/**
 * `npm run calibrate`: grades every challenge's reference submissions with the configured grader
 * (the same settings as the grading service) and prints how well it agrees with the human grades.
 * Needs NATS and the challenges service running, as `npm start` provides.
 */
async function main(): Promise<void> {
  const config = loadConfig(GraderConfig, { PORT: '0', ...process.env });
  const grader = createGrader(config, createOptionalOpenAiClient(config));
  const connection = await connectNats(config.NATS_URL, 'grading-calibration', natsCredentials(config));
  try {
    const sets = await fetchCalibrationSets(new RequestClient(connection, CHALLENGES_TIMEOUT_MS));
    if (sets.length === 0) {
      console.log('No challenge carries reference submissions yet.');
      return;
    }
    const results = [];
    for (const set of sets) results.push(await calibrate(grader, set));
    console.log(formatCalibration(grader, results));
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
