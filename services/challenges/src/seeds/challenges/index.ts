import type { ChallengeSeed } from '../challenge-seed';
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
];
