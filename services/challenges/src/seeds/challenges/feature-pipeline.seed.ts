import type { ChallengeSeed } from '../challenge-seed';

export const featurePipeline: ChallengeSeed = {
  key: 'feature-pipeline',
  title: 'Design a feature pipeline that serves training and inference alike',
  brief:
    'An online marketplace wants to predict whether a listing sells within seven days. Raw data arrives as ' +
    'listing events (created, price changed, viewed, sold) in a Kafka topic and nightly seller snapshots in a ' +
    'warehouse. Design the feature pipeline: which features you would compute, how the same code produces ' +
    'point-in-time correct training data and low-latency features at prediction time, how you handle missing ' +
    'values and categorical fields, and how you would notice when a feature silently breaks.',
  skills: ['machine-learning', 'python'],
  difficulty: 'advanced',
  timeLimitMinutes: 90,
  criteria: [
    {
      key: 'features',
      description:
        'Proposes relevant features (price relative to category, view velocity, seller history) with reasons.',
      weight: 25,
    },
    {
      key: 'point_in_time',
      description: 'Builds training rows only from data known at prediction time, avoiding look-ahead leakage.',
      weight: 30,
    },
    {
      key: 'train_serve_parity',
      description: 'Shares one feature definition between batch training and online serving (e.g. a feature store).',
      weight: 25,
    },
    {
      key: 'monitoring',
      description: 'Describes checks for broken features: null rates, range checks, distribution drift alerts.',
      weight: 20,
    },
  ],
};
