import type { VerificationEvidence } from '@skillproof/contracts';
import { levelOf, skillScoresOf, supersedes, verifiedScoreOf, type EvidenceDecision } from './verified-score.rule';

const NOW = new Date('2026-03-01T00:00:00Z');

const graded = (
  submissionId: string,
  score: number,
  gradedAt: string,
  trust: Partial<VerificationEvidence> = {},
): VerificationEvidence => ({
  submissionId,
  challengeId: '00000000-0000-4000-8000-000000000001',
  title: 'A challenge',
  score,
  gradedAt,
  verification: 'ai',
  issuer: { kind: 'platform', name: 'Skillproof' },
  reviewer: null,
  standing: 'public',
  attempts: 1,
  counts: true,
  ...trust,
});

describe('verified score rule', () => {
  it('takes the best recent score and dates it by the submission that earned it', () => {
    const result = verifiedScoreOf(
      [
        graded('a', 70, '2026-01-01T00:00:00Z'),
        graded('b', 88, '2026-01-10T00:00:00Z'),
        graded('c', 50, '2026-02-01T00:00:00Z'),
      ],
      NOW,
    );
    expect(result).toMatchObject({ score: 88, level: 'expert', verifiedAt: '2026-01-10T00:00:00.000Z' });
    expect(result!.evidence.map((entry) => entry.submissionId)).toEqual(['c', 'b', 'a']);
  });

  it('gives the same answer whatever order the evidence comes in', () => {
    const evidence = [
      graded('a', 61, '2026-01-01T00:00:00Z'),
      graded('b', 61, '2026-01-05T00:00:00Z'),
      graded('c', 12, '2026-02-01T00:00:00Z'),
    ];
    expect(verifiedScoreOf([...evidence].reverse(), NOW)).toEqual(verifiedScoreOf(evidence, NOW));
    expect(verifiedScoreOf(evidence, NOW)!.verifiedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('ignores evidence older than a year', () => {
    expect(verifiedScoreOf([graded('old', 99, '2024-12-01T00:00:00Z')], NOW)).toBeNull();
    expect(
      verifiedScoreOf([graded('old', 99, '2024-12-01T00:00:00Z'), graded('new', 45, '2026-02-01T00:00:00Z')], NOW)!
        .score,
    ).toBe(45);
  });

  it('maps scores to levels at 40, 65 and 85', () => {
    expect([0, 39, 40, 64, 65, 84, 85, 100].map(levelOf)).toEqual([
      'beginner',
      'beginner',
      'intermediate',
      'intermediate',
      'advanced',
      'advanced',
      'expert',
      'expert',
    ]);
  });
});

describe('which decision on a submission counts', () => {
  const decision = (round: number, overridden: boolean, gradedAt: string): EvidenceDecision => ({
    ...graded('7a0e4f8e-0000-4000-8000-000000000001', 70, gradedAt),
    source: 'grade',
    round,
    overridden,
  });
  const machineGrade = decision(1, false, '2026-03-01T10:00:00.000Z');

  it('takes the first decision there is', () => {
    expect(supersedes(machineGrade, null)).toBe(true);
  });

  it('lets a re-grade replace the first round, whatever arrives when', () => {
    const regrade = decision(2, false, '2026-03-02T10:00:00.000Z');
    expect(supersedes(regrade, machineGrade)).toBe(true);
    expect(supersedes(machineGrade, regrade)).toBe(false);
    expect(supersedes(decision(1, true, '2026-03-05T10:00:00.000Z'), regrade)).toBe(false);
  });

  it("lets a person's override replace the machine grade of its round, and not the other way round", () => {
    const override = decision(1, true, '2026-03-01T12:00:00.000Z');
    expect(supersedes(override, machineGrade)).toBe(true);
    expect(supersedes(decision(1, false, '2026-03-09T10:00:00.000Z'), override)).toBe(false);
  });

  it('lets the acceptance of a flagged grade replace it, though it keeps the grading time', () => {
    const flagged = { ...machineGrade, standing: 'under_review' as const };
    const accepted = { ...machineGrade, standing: 'public' as const };
    expect(supersedes(accepted, flagged)).toBe(true);
    expect(supersedes(flagged, accepted)).toBe(false);
  });

  it('keeps the later of two decisions otherwise alike, and ignores a replay', () => {
    const later = decision(1, true, '2026-03-03T10:00:00.000Z');
    const earlier = decision(1, true, '2026-03-02T10:00:00.000Z');
    expect(supersedes(later, earlier)).toBe(true);
    expect(supersedes(earlier, later)).toBe(false);
    expect(supersedes(later, later)).toBe(false);
  });
});

describe('what counts toward a verified score', () => {
  const acme = { kind: 'company' as const, companyId: 'acme', name: 'Acme' };

  it('never counts practice or a grade under review', () => {
    const scores = skillScoresOf(
      [
        graded('p', 100, '2026-02-01T00:00:00Z', { verification: 'practice', standing: 'practice', counts: false }),
        graded('f', 97, '2026-02-02T00:00:00Z', { standing: 'under_review', counts: false }),
      ],
      NOW,
    );
    expect(scores).toEqual({ public: null, companyScores: {}, shown: [] });
  });

  it("counts a company's own evidence for that company alone, and shows it labelled", () => {
    const scores = skillScoresOf(
      [
        graded('a', 47, '2026-02-01T00:00:00Z'),
        graded('r', 100, '2026-02-03T00:00:00Z', { verification: 'reviewed', issuer: acme, standing: 'company' }),
      ],
      NOW,
    );
    expect(scores.public).toMatchObject({ score: 47 });
    expect(scores.companyScores).toEqual({ acme: 100 });
    expect(scores.shown.map(({ submissionId, counts }) => ({ submissionId, counts }))).toEqual([
      { submissionId: 'r', counts: false },
      { submissionId: 'a', counts: true },
    ]);
  });
});
