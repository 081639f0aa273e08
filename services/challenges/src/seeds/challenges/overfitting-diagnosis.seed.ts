import type { ChallengeSeed } from '../challenge-seed';

export const overfittingDiagnosis: ChallengeSeed = {
  key: 'overfitting-diagnosis',
  title: 'Diagnose a model that shines in training and fails in production',
  brief:
    'A gradient-boosted model predicting customer churn reaches 0.97 AUC on the training data and 0.71 on the ' +
    'hold-out set. It has 2,000 trees of depth 12, and the features include "days_since_last_support_ticket" and ' +
    '"account_closed_date_is_null". Write up what is going wrong, how you would confirm each suspicion with a ' +
    'concrete experiment, and which changes you would make first and why.',
  skills: ['machine-learning'],
  difficulty: 'intermediate',
  timeLimitMinutes: 60,
  criteria: [
    {
      key: 'diagnosis',
      description: 'Recognises overfitting from the train/hold-out gap and names the capacity settings that drive it.',
      weight: 30,
    },
    {
      key: 'leakage',
      description: 'Spots the leaking feature that encodes the outcome and explains why it inflates training scores.',
      weight: 30,
    },
    {
      key: 'experiments',
      description: 'Proposes experiments that would confirm each cause, such as learning curves or dropping features.',
      weight: 20,
    },
    {
      key: 'remedies',
      description: 'Orders fixes sensibly: regularisation, early stopping, fewer or shallower trees, cross-validation.',
      weight: 20,
    },
  ],
  references: [
    {
      content:
        'The gap between 0.97 and 0.71 is classic overfitting: 2,000 trees of depth 12 can memorise the training ' +
        'set. Worse, account_closed_date_is_null is practically the label: a closed account is a churned customer, ' +
        'so the model learns the answer instead of the signal. I would first drop that feature and retrain; if the ' +
        'training AUC falls a lot, leakage confirmed. Then plot validation AUC against the number of trees and use ' +
        'early stopping, cap depth at 4-6 and add subsampling. Use 5-fold CV grouped by customer.',
      humanScores: { diagnosis: 95, leakage: 95, experiments: 85, remedies: 90 },
    },
    {
      content:
        'The model is overfitting. I would add more data and use dropout. Also try a neural network which may ' +
        'generalise better.',
      humanScores: { diagnosis: 50, leakage: 0, experiments: 10, remedies: 20 },
    },
    {
      content:
        'Train AUC is much higher than test AUC which means overfitting. Reduce max depth and the number of trees, ' +
        'and tune learning rate with cross-validation. Learning curves would show whether more data helps.',
      humanScores: { diagnosis: 80, leakage: 0, experiments: 60, remedies: 75 },
    },
  ],
};
