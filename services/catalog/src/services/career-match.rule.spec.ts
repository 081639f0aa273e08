import { rankCareers, type MatchableCareer } from './career-match.rule';

function career(slug: string, skills: Array<[string, number, number]>, interests: string[] = []): MatchableCareer {
  return {
    slug,
    role: slug,
    summary: `${slug} summary`,
    skills: skills.map(([skill, weight, level]) => ({ slug: skill, name: skill, weight, level })),
    industries: [],
    interests,
  };
}

const analyst = career('analyst', [
  ['sql', 5, 4],
  ['dashboards', 4, 4],
]);
const mlEngineer = career('ml-engineer', [
  ['python', 5, 4],
  ['machine-learning', 5, 4],
  ['sql', 1, 3],
]);

const ratings = (entries: Record<string, number>): Map<string, number> => new Map(Object.entries(entries));

describe('rankCareers', () => {
  it('puts the career whose skills the person has first', () => {
    const ranked = rankCareers([analyst, mlEngineer], ratings({ python: 5, 'machine-learning': 4 }));
    expect(ranked.map((match) => match.career.slug)).toEqual(['ml-engineer', 'analyst']);
  });

  it('gives 100 when every skill is at or above the level, never more', () => {
    const [match] = rankCareers([analyst], ratings({ sql: 5, dashboards: 5 }));
    expect(match.score).toBe(100);
  });

  it('gives 0 and names every skill as missing when nothing matches', () => {
    const [match] = rankCareers([analyst], ratings({ python: 5 }));
    expect(match.score).toBe(0);
    expect(match.reasons).toEqual(['Missing: sql and dashboards']);
  });

  it('gives partial credit in proportion to how close a rating is to the level', () => {
    const [match] = rankCareers([career('solo', [['sql', 1, 4]])], ratings({ sql: 2 }));
    expect(match.score).toBe(50);
    expect(match.reasons).toEqual(["Below the role's level in sql (you 2, role 4)"]);
  });

  it('costs more for a missing core skill than for a missing nice-to-have', () => {
    const [withoutNiceToHave] = rankCareers([mlEngineer], ratings({ python: 4, 'machine-learning': 4 }));
    const [withoutCore] = rankCareers([mlEngineer], ratings({ python: 4, sql: 3 }));
    expect(withoutNiceToHave.score).toBeGreaterThan(withoutCore.score);
    expect(withoutNiceToHave.score).toBe(91);
  });

  it('does not penalise skills the career does not use', () => {
    const [focused] = rankCareers([analyst], ratings({ sql: 4, dashboards: 4 }));
    const [broad] = rankCareers([analyst], ratings({ sql: 4, dashboards: 4, python: 5, rust: 5 }));
    expect(broad.score).toBe(focused.score);
  });

  it('lets interests break a tie between careers with the same skills', () => {
    const research = career('research', [['python', 1, 3]], ['research']);
    const product = career('product', [['python', 1, 3]], ['product']);
    const ranked = rankCareers([product, research], ratings({ python: 3 }), ['Research']);
    expect(ranked.map((match) => match.career.slug)).toEqual(['research', 'product']);
    expect(ranked[0].score).toBe(100);
    expect(ranked[1].score).toBe(80);
    expect(ranked[0].reasons).toContain('Fits your interest in research');
  });

  it('matches an interest against the industries of the career too', () => {
    const bank = { ...career('bank', [['sql', 1, 1]]), industries: [{ slug: 'finance', name: 'Finance and fintech' }] };
    const [match] = rankCareers([bank], ratings({ sql: 1 }), ['fintech']);
    expect(match.score).toBe(100);
  });

  it('explains matches, gaps and missing skills in that order', () => {
    const [match] = rankCareers([mlEngineer], ratings({ python: 4, 'machine-learning': 2 }));
    expect(match.reasons).toEqual([
      'Meets the level the role needs in python (4/5)',
      "Below the role's level in machine-learning (you 2, role 4)",
      'Missing: sql',
    ]);
  });
});
