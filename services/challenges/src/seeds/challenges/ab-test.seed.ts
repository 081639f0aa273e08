import type { ChallengeSeed } from '../challenge-seed';

export const abTest: ChallengeSeed = {
  key: 'ab-test',
  title: 'Read an A/B test that the product team wants to ship',
  brief:
    'A checkout redesign ran for nine days. Control: 48,120 visitors, 2,310 purchases. Treatment: 47,950 ' +
    'visitors, 2,455 purchases. The product manager looked at the results daily and stopped the test the ' +
    'first day the p-value went under 0.05. Decide whether the redesign should ship, show the calculation ' +
    'behind your answer, and explain what you would change about how the next test is run.',
  skills: ['statistics'],
  difficulty: 'intermediate',
  timeLimitMinutes: 45,
  criteria: [
    {
      key: 'calculation',
      description:
        'Computes both conversion rates, the lift and a correct test or confidence interval for the difference.',
      weight: 35,
    },
    {
      key: 'peeking',
      description: 'Explains why stopping at the first significant daily look inflates false positives.',
      weight: 30,
    },
    {
      key: 'decision',
      description: 'Makes a clear recommendation that weighs practical significance, not only the p-value.',
      weight: 20,
    },
    {
      key: 'design',
      description:
        'Proposes a better design: a sample size fixed in advance, sequential testing or a full business cycle.',
      weight: 15,
    },
  ],
};
