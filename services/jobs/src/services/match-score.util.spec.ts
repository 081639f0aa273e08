import type { VerificationEvidence } from '@skillproof/contracts';
import { companyView, matchScore } from './match-score.util';

const evidenceItem = (overrides: Partial<VerificationEvidence> = {}): VerificationEvidence => ({
  submissionId: 's',
  challengeId: 'c',
  title: 'Churn model',
  score: 70,
  gradedAt: '2026-01-01',
  verification: 'ai',
  issuer: { kind: 'platform', name: 'Skillproof' },
  reviewer: null,
  standing: 'public',
  attempts: 1,
  counts: true,
  ...overrides,
});

const verified = (skill: string, score: number) => ({ skill, score, evidence: [] });

describe('matchScore', () => {
  const requirements = [
    { skill: 'machine-learning', minScore: 80 },
    { skill: 'python', minScore: 60 },
  ];

  it('gives 100 when every minimum is reached, however far it is exceeded', () => {
    const result = matchScore(requirements, [verified('machine-learning', 95), verified('python', 60)]);
    expect(result.matchScore).toBe(100);
    expect(result.evidence.every((entry) => entry.met)).toBe(true);
  });

  it('gives 0 to a candidate with no verified skill', () => {
    const result = matchScore(requirements, []);
    expect(result.matchScore).toBe(0);
    expect(result.evidence).toEqual([
      { skill: 'machine-learning', minScore: 80, verifiedScore: null, met: false, evidence: [] },
      { skill: 'python', minScore: 60, verifiedScore: null, met: false, evidence: [] },
    ]);
  });

  it('counts the share of a minimum reached and weighs skills equally', () => {
    // machine-learning 40/80 = 0.5, python missing = 0 → 25.
    expect(matchScore(requirements, [verified('machine-learning', 40)]).matchScore).toBe(25);
    // machine-learning met = 1, python 30/60 = 0.5 → 75.
    expect(matchScore(requirements, [verified('machine-learning', 80), verified('python', 30)]).matchScore).toBe(75);
  });

  it('ignores verified skills the job does not ask for', () => {
    expect(matchScore(requirements, [verified('rust', 100)]).matchScore).toBe(0);
  });

  it('shows per skill the verified score against the minimum, with its evidence', () => {
    const evidence = [evidenceItem()];
    const result = matchScore([{ skill: 'python', minScore: 60 }], [{ skill: 'python', score: 70, evidence }]);
    expect(result.evidence).toEqual([{ skill: 'python', minScore: 60, verifiedScore: 70, met: true, evidence }]);
  });

  it('takes a minimum of 0 as the skill verified at any score', () => {
    const anyScore = [{ skill: 'sql', minScore: 0 }];
    expect(matchScore(anyScore, [verified('sql', 0)]).matchScore).toBe(100);
    expect(matchScore(anyScore, []).matchScore).toBe(0);
  });

  it("ranks each company on public evidence plus its own, and never on another company's", () => {
    const own = evidenceItem({
      submissionId: 'mine',
      score: 95,
      standing: 'company',
      counts: false,
      issuer: { kind: 'company', companyId: 'acme', name: 'Acme' },
    });
    const stored = [{ skill: 'python', score: 40, companyScores: { acme: 95 }, evidence: [evidenceItem(), own] }];
    expect(companyView(stored, 'acme')).toEqual([
      { skill: 'python', score: 95, evidence: [evidenceItem(), { ...own, counts: true }] },
    ]);
    expect(companyView(stored, 'globex')).toEqual([{ skill: 'python', score: 40, evidence: [evidenceItem()] }]);
    const companyOnly = [{ skill: 'python', score: null, companyScores: { acme: 95 }, evidence: [own] }];
    expect(companyView(companyOnly, 'globex')).toEqual([]);
  });
});
