import type { SkillSeed } from '../seed-types';

/** The languages of the web's client and server code, so that code challenges in them have skills to verify. */
export const SKILL_SEEDS_V2: SkillSeed[] = [
  {
    slug: 'javascript',
    name: 'JavaScript',
    category: 'Programming',
    tier: 1,
    summary: 'The language every browser runs, and with Node.js a common choice on servers too.',
    description:
      'Working JavaScript means the language itself (closures, prototypes, modules, iterators), asynchronous code ' +
      'with promises and async/await on an event loop, the standard library of arrays, maps and sets, and the ' +
      'habit of writing small pure functions that a test can pin down.',
    whyItMatters:
      'Web front ends, many back ends, serverless functions and the dashboards around data products are written ' +
      'in it, so most product teams need people who read and write it well.',
    difficulty: 'beginner',
    timeToLearn: '2–4 months to productive',
    salaryImpact: '+$8k a year across web and product engineering roles',
    salaryByRegion: [
      { region: 'United States', currency: 'USD', junior: 80_000, mid: 115_000, senior: 160_000 },
      { region: 'United Kingdom', currency: 'GBP', junior: 35_000, mid: 55_000, senior: 85_000 },
      { region: 'European Union', currency: 'EUR', junior: 40_000, mid: 58_000, senior: 85_000 },
    ],
    careerPaths: ['Frontend Engineer', 'Full-stack Engineer', 'Backend Engineer'],
    tools: ['Node.js', 'npm', 'Vite', 'Jest', 'ESLint', 'Chrome DevTools'],
    faq: [
      {
        question: 'Should I learn JavaScript before TypeScript?',
        answer:
          'Learn the runtime behaviour in JavaScript first: TypeScript adds checks at build time but runs as the same ' +
          'JavaScript, so its surprises are JavaScript’s.',
      },
    ],
    subTopics: ['Closures and scope', 'Promises and async/await', 'The event loop', 'Modules', 'Collections'],
    relatedSkills: ['typescript', 'git', 'docker'],
  },
  {
    slug: 'typescript',
    name: 'TypeScript',
    category: 'Programming',
    tier: 1,
    summary: 'JavaScript with static types, checked by a compiler before the code runs.',
    description:
      'TypeScript layers a structural type system on JavaScript: interfaces and type aliases, unions narrowed by ' +
      'control flow, generics, and strict null checks. The compiler removes the types and emits plain JavaScript, ' +
      'so skill with it is skill in modelling data precisely without changing what runs.',
    whyItMatters:
      'Large front-end and Node.js codebases have largely moved to it because types catch whole classes of bugs ' +
      'early and make refactoring safe; job ads for web engineers increasingly ask for it by name.',
    difficulty: 'intermediate',
    timeToLearn: '1–2 months after JavaScript',
    salaryImpact: '+$10k a year over JavaScript alone in web engineering roles',
    salaryByRegion: [
      { region: 'United States', currency: 'USD', junior: 85_000, mid: 125_000, senior: 170_000 },
      { region: 'United Kingdom', currency: 'GBP', junior: 38_000, mid: 60_000, senior: 90_000 },
    ],
    careerPaths: ['Frontend Engineer', 'Full-stack Engineer', 'Backend Engineer'],
    tools: ['tsc', 'Node.js', 'React', 'NestJS', 'Vitest', 'typescript-eslint'],
    faq: [
      {
        question: 'Do the types exist when the code runs?',
        answer:
          'No. Types are erased when TypeScript is compiled, so data that arrives at run time (requests, files) still ' +
          'needs validation.',
      },
    ],
    subTopics: ['Structural typing', 'Union narrowing', 'Generics', 'Strict null checks', 'Declaration files'],
    relatedSkills: ['javascript', 'git'],
  },
];
