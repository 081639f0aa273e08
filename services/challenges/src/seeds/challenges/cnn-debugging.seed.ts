import type { ChallengeSeed } from '../challenge-seed';

export const cnnDebugging: ChallengeSeed = {
  key: 'cnn-debugging',
  title: 'Get a stalled image classifier to learn',
  brief:
    'A ResNet-18 trained from scratch on 20,000 product photos in 12 classes stays at about 8 % accuracy ' +
    'after 30 epochs; the training loss hardly moves from 2.48. The learning rate is 0.5 with plain SGD, ' +
    'images are loaded as 0-255 integers, and the labels come from a CSV joined on file name. Walk through ' +
    'how you would find the cause, in the order you would check things, and what you expect to see at each step.',
  skills: ['deep-learning'],
  difficulty: 'advanced',
  timeLimitMinutes: 60,
  criteria: [
    {
      key: 'triage',
      description: 'Notes that 8 % is chance level and the loss equals ln(12), so the network is learning nothing.',
      weight: 25,
    },
    {
      key: 'data_checks',
      description: 'Checks labels against images, input normalisation and augmentation before touching the model.',
      weight: 30,
    },
    {
      key: 'optimisation',
      description: 'Identifies the learning rate as too high and proposes a range test, momentum or warm-up.',
      weight: 25,
    },
    {
      key: 'method',
      description: 'Uses sound debugging steps such as overfitting a single batch first.',
      weight: 20,
    },
  ],
};
