import { outdatedGrades, regradeRoundOf, regradeStateOf, type RegradeCandidate } from './regrade.rule';

const platform = { companyId: null, companyName: null, approvedAt: null };
const unapproved = { companyId: 'acme', companyName: 'Acme', approvedAt: null };
const approved = { ...unapproved, approvedAt: new Date('2026-01-01T00:00:00Z') };

const graded = (overrides: Partial<RegradeCandidate> = {}): RegradeCandidate => ({
  id: 'submission',
  status: 'graded',
  round: 1,
  appealUsed: false,
  grader: 'openai',
  standing: 'public',
  rubricVersion: 1,
  ...overrides,
});

describe('which submissions a bulk re-grade takes', () => {
  it('queues a machine grade for its next round, after a candidate appeal too', () => {
    expect(regradeRoundOf(graded(), platform)).toBe(2);
    expect(regradeRoundOf(graded({ round: 2, appealUsed: true }), platform)).toBe(3);
    expect(regradeRoundOf(graded({ grader: 'heuristic', standing: 'practice' }), platform)).toBe(2);
    expect(regradeRoundOf(graded({ standing: 'under_review' }), platform)).toBe(2);
  });

  it('leaves failed and unfinished submissions and grades a person set', () => {
    expect(regradeRoundOf(graded({ status: 'failed' }), platform)).toBeNull();
    expect(regradeRoundOf(graded({ status: 'queued', round: 2 }), platform)).toBeNull();
    expect(regradeRoundOf(graded({ grader: 'human', standing: 'company' }), platform)).toBeNull();
  });

  it("never turns public evidence into company evidence: a company's unapproved challenge re-grades only its own", () => {
    expect(regradeRoundOf(graded({ standing: 'public' }), unapproved)).toBeNull();
    expect(regradeRoundOf(graded({ standing: 'company' }), unapproved)).toBe(2);
    expect(regradeRoundOf(graded({ standing: 'public' }), approved)).toBe(2);
  });

  it('offers the re-grade for grades an older rubric made that it would take', () => {
    const challenge = { ...unapproved, rubricVersion: 3 };
    const submissions = [
      graded({ rubricVersion: 2, standing: 'company' }),
      graded({ rubricVersion: 3, standing: 'company' }),
      graded({ rubricVersion: 1, standing: 'public' }),
      graded({ rubricVersion: 1, grader: 'human', standing: 'company' }),
    ];
    expect(outdatedGrades(submissions, challenge)).toBe(1);
    expect(outdatedGrades(submissions, { ...approved, rubricVersion: 3 })).toBe(2);
  });

  it('is done once nothing waits', () => {
    expect(regradeStateOf({ waiting: 1 })).toBe('running');
    expect(regradeStateOf({ waiting: 0 })).toBe('done');
  });
});
