import type { ChallengeSeed } from '../challenge-seed';

export const pythonCleaning: ChallengeSeed = {
  key: 'python-cleaning',
  title: 'Clean a messy customer export with pandas',
  brief:
    'A CRM export has 80,000 rows with columns name, email, country, signup_date and lifetime_value. Emails ' +
    'appear in mixed case with stray spaces, the same customer shows up several times, country holds both ' +
    'codes and full names, signup_date mixes three date formats, and lifetime_value has currency symbols and ' +
    'blanks. Write a Python function that returns a clean DataFrame with one row per customer, and tests ' +
    'that prove it handles each problem.',
  skills: ['python'],
  difficulty: 'beginner',
  timeLimitMinutes: 40,
  criteria: [
    {
      key: 'cleaning',
      description: 'Normalises emails, countries, dates and amounts with vectorised pandas operations.',
      weight: 40,
    },
    {
      key: 'deduplication',
      description: 'Defines a sensible rule for merging duplicate customers and applies it deterministically.',
      weight: 25,
    },
    {
      key: 'tests',
      description: 'Includes small pytest cases covering each kind of dirt in the data.',
      weight: 20,
    },
    {
      key: 'code_quality',
      description: 'Readable functions with clear names and no hidden mutation of the input frame.',
      weight: 15,
    },
  ],
};
