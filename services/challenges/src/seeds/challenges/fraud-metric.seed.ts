import type { ChallengeSeed } from '../challenge-seed';

export const fraudMetric: ChallengeSeed = {
  key: 'fraud-metric',
  title: 'Pick the right metric for an imbalanced fraud model',
  brief:
    'A payments team trains a classifier on card transactions, of which roughly 0.2 % are fraudulent. ' +
    'Their dashboard reports 99.8 % accuracy and everyone is pleased. Each missed fraud costs the company ' +
    'about 400 USD on average; each false alarm blocks a genuine customer and costs about 5 USD in support ' +
    'time and lost goodwill. Explain why accuracy misleads here, choose the metric (or metrics) you would ' +
    'optimise and report, say how you would pick the decision threshold, and describe how you would check ' +
    'the choice before the model goes live.',
  skills: ['machine-learning', 'statistics'],
  difficulty: 'intermediate',
  timeLimitMinutes: 45,
  criteria: [
    {
      key: 'diagnosis',
      description:
        'Shows why accuracy is uninformative at this base rate, e.g. that predicting "never fraud" scores 99.8 %.',
      weight: 25,
    },
    {
      key: 'metric_choice',
      description:
        'Chooses a metric suited to rare positives (precision-recall curve, PR-AUC, recall at a fixed precision, or expected cost) and justifies it.',
      weight: 35,
    },
    {
      key: 'threshold',
      description: 'Derives the decision threshold from the stated costs rather than leaving it at 0.5.',
      weight: 25,
    },
    {
      key: 'validation',
      description: 'Plans a sound check: time-based split, confidence intervals or a shadow run before launch.',
      weight: 15,
    },
  ],
  references: [
    {
      content:
        'Accuracy is useless: a model that always says "legit" gets 99.8 %. I would track precision and recall for ' +
        'the fraud class and compare models by the area under the precision-recall curve, because ROC-AUC looks ' +
        'flattering when negatives dominate. A miss costs 400 and a false alarm 5, so flagging pays off when ' +
        'p * 400 > (1 - p) * 5, i.e. p above about 1.2 %; I would set the threshold near there and then tune it on ' +
        'a validation month that comes after the training months. Before launch I would run it in shadow mode ' +
        'for two weeks and report expected cost per 1,000 transactions with a bootstrap interval.',
      humanScores: { diagnosis: 95, metric_choice: 90, threshold: 95, validation: 90 },
    },
    {
      content:
        'Accuracy is high because most transactions are normal. I would use the F1 score instead because it ' +
        'balances precision and recall. The threshold should be chosen to maximise F1 on the test set. Then we ' +
        'can deploy.',
      humanScores: { diagnosis: 60, metric_choice: 55, threshold: 30, validation: 15 },
    },
    {
      content: 'I would use ROC-AUC since it is the standard metric for classifiers, and keep the threshold at 0.5.',
      humanScores: { diagnosis: 10, metric_choice: 25, threshold: 5, validation: 0 },
    },
    {
      content:
        'With 0.2 % fraud, predicting the majority class already gives 99.8 % accuracy, so the number says nothing. ' +
        'I would report recall of fraud at a precision the operations team can handle, plus PR-AUC for model ' +
        'comparison. The threshold comes from costs: missing fraud is 80 times more expensive than a false alarm. ' +
        'I would validate on a later time window.',
      humanScores: { diagnosis: 90, metric_choice: 85, threshold: 70, validation: 60 },
    },
  ],
};
