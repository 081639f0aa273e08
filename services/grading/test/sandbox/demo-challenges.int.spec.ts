import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CodeChallengeSpec } from '@skillproof/contracts';
import { DEMO_CODE_CHALLENGES, SandboxEngine } from '../../src/sandbox';
import { WARM_UP_MS } from './code-spec.util';

describe('the demo code challenges', () => {
  let engine: SandboxEngine;

  // Starting Python (and making its snapshot) takes tens of seconds on a loaded machine.
  beforeAll(async () => {
    engine = SandboxEngine.create();
    await engine.warm(['python', 'javascript', 'typescript', 'sql']);
  }, WARM_UP_MS);

  afterAll(async () => {
    await engine?.close();
  });

  it('cover the languages and skills issue 13 asks for, each spec valid as input', () => {
    expect(DEMO_CODE_CHALLENGES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(DEMO_CODE_CHALLENGES.map((challenge) => challenge.spec.language))).toEqual(
      new Set(['python', 'typescript', 'javascript', 'sql']),
    );
    for (const challenge of DEMO_CODE_CHALLENGES) {
      const errors = validateSync(plainToInstance(CodeChallengeSpec, challenge.spec)).map(String);
      expect({ slug: challenge.slug, errors }).toEqual({ slug: challenge.slug, errors: [] });
      expect(challenge.spec.tests.some((test) => test.hidden)).toBe(true);
      expect(challenge.spec.tests.some((test) => !test.hidden)).toBe(true);
    }
  });

  it.each(DEMO_CODE_CHALLENGES.map((challenge) => [challenge.slug, challenge] as const))(
    '%s: the reference solution passes every test and the starter code passes none',
    async (_slug, challenge) => {
      const reference = await engine.runSubmission(challenge.spec, challenge.referenceSolution);
      const starter = await engine.runSubmission(challenge.spec, challenge.starterCode);

      expect(reference.tests.filter((test) => test.status !== 'passed')).toEqual([]);
      expect(reference.score).toBe(100);
      expect(starter.score).toBeLessThan(50);
    },
  );
});
