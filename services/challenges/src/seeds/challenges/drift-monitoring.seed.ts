import type { ChallengeSeed } from '../challenge-seed';

export const driftMonitoring: ChallengeSeed = {
  key: 'drift-monitoring',
  title: 'Plan monitoring for a credit model whose labels arrive late',
  brief:
    'A credit-limit model scores 30,000 applications a day. Whether a customer defaults is only known six ' +
    'months later. Write the monitoring plan for the first year in production: what you measure before the ' +
    'labels exist, which thresholds raise an alert and who acts on it, how you detect a drop in quality once ' +
    'labels arrive, and when you would retrain.',
  skills: ['machine-learning', 'statistics'],
  difficulty: 'expert',
  timeLimitMinutes: 75,
  criteria: [
    {
      key: 'proxy_signals',
      description: 'Monitors input and score distributions (e.g. PSI) and early proxies while labels are missing.',
      weight: 30,
    },
    {
      key: 'alerting',
      description: 'Sets concrete, justified thresholds with an owner and a runbook for each alert.',
      weight: 25,
    },
    {
      key: 'performance_tracking',
      description: 'Tracks calibration and discrimination by vintage once outcomes are known.',
      weight: 25,
    },
    {
      key: 'retraining',
      description: 'States retraining triggers and how a new model is validated against the current one.',
      weight: 20,
    },
  ],
};
