import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CHALLENGES_SERVICE } from '@skillproof/challenges';
import {
  createTestDatabase,
  ServiceCaller,
  startApp,
  startTestNats,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { calibrate } from '../src/calibration/calibration-report';
import { fetchCalibrationSets } from '../src/calibration/calibration-sets.client';
import { HeuristicGrader } from '../src/graders/heuristic.grader';

describe('calibration against the challenges service', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let challenges: NestFastifyApplication;
  let caller: ServiceCaller;

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('calibration'), startTestNats()]);
    challenges = await startApp(CHALLENGES_SERVICE, { DATABASE_URL: database.url, NATS_URL: nats.url });
    caller = await ServiceCaller.connect(nats.url);
  });

  afterAll(async () => {
    await caller?.close();
    await challenges?.close();
    await nats?.dispose();
    await database?.drop();
  });

  it('grades every reference submission and compares it with the human grades per criterion', async () => {
    const sets = await fetchCalibrationSets(caller.client);
    const fraud = sets.find((set) => set.title.startsWith('Pick the right metric'))!;
    expect(fraud.references).toHaveLength(4);
    const result = await calibrate(new HeuristicGrader(), fraud);
    expect(result.failures).toEqual([]);
    expect(result.criteria.map((row) => [row.criterion, row.n])).toEqual([
      ['diagnosis', 4],
      ['metric_choice', 4],
      ['threshold', 4],
      ['validation', 4],
    ]);
    expect(result.criteria.every((row) => Number.isFinite(row.kappa) && row.mae >= 0)).toBe(true);
  });
});
