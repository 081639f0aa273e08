import type { ChallengeSeed } from '../challenge-seed';
import { DEMO_CODE_CHALLENGES, type DemoCodeChallenge } from '../code';
import { abTest } from './ab-test.seed';
import { cnnDebugging } from './cnn-debugging.seed';
import { driftMonitoring } from './drift-monitoring.seed';
import { featurePipeline } from './feature-pipeline.seed';
import { fraudMetric } from './fraud-metric.seed';
import { overfittingDiagnosis } from './overfitting-diagnosis.seed';
import { pythonCleaning } from './python-cleaning.seed';
import { sqlRetention } from './sql-retention.seed';

export const CHALLENGE_SEEDS: ChallengeSeed[] = [
  fraudMetric,
  overfittingDiagnosis,
  featurePipeline,
  sqlRetention,
  pythonCleaning,
  abTest,
  cnnDebugging,
  driftMonitoring,
  ...DEMO_CODE_CHALLENGES.map(codeSeed),
];

function codeSeed(demo: DemoCodeChallenge): ChallengeSeed {
  const { spec } = demo;
  return {
    key: demo.slug,
    title: demo.title,
    brief: demo.brief,
    skills: demo.skills,
    difficulty: 'intermediate',
    timeLimitMinutes: 45,
    criteria: demo.review?.criteria ?? [],
    code: {
      language: spec.language,
      entrypoint: spec.entryPoint,
      starterCode: demo.starterCode,
      referenceSolution: demo.referenceSolution,
      tests: spec.tests,
      limits: spec.limits,
      ...(spec.sql ? { sql: spec.sql } : {}),
      ...(spec.scoring ? { scoring: spec.scoring } : {}),
    },
  };
}
