import { grantsPublicVerification, issuerOf, nextAttemptOpensAt, standingOf } from './grade-trust.rule';

const NOW = new Date('2026-03-01T12:00:00Z');
const DAY_MS = 86_400_000;
const platform = { companyId: null, companyName: null, approvedAt: null };
const unapproved = { companyId: 'acme', companyName: 'Acme', approvedAt: null };
const approved = { ...unapproved, approvedAt: new Date('2026-02-01T00:00:00Z') };

describe('grade trust rule', () => {
  it('lets platform and approved company challenges grant public verification, under the platform', () => {
    expect([platform, unapproved, approved].map(grantsPublicVerification)).toEqual([true, false, true]);
    expect(issuerOf(unapproved)).toEqual({ kind: 'company', companyId: 'acme', name: 'Acme' });
    expect(issuerOf(approved)).toEqual({ kind: 'platform', name: 'Skillproof' });
  });

  it('never counts practice, holds flagged grades, and keeps company reviews for the company', () => {
    const none = { flagged: false, reviewer: null };
    expect(standingOf('practice', platform, none)).toBe('practice');
    expect(standingOf('ai', platform, { flagged: true, reviewer: null })).toBe('under_review');
    expect(standingOf('practice', platform, { flagged: true, reviewer: null })).toBe('under_review');
    expect(standingOf('ai', unapproved, none)).toBe('company');
    expect(standingOf('tested', approved, none)).toBe('public');
    const companyReviewer = { userId: 'u', kind: 'company' as const, name: 'Acme' };
    const admin = { userId: 'a', kind: 'platform' as const, name: 'Skillproof' };
    expect(standingOf('reviewed', approved, { flagged: false, reviewer: companyReviewer })).toBe('company');
    expect(standingOf('reviewed', unapproved, { flagged: false, reviewer: admin })).toBe('public');
  });

  it('opens the next attempt when the cooldown after the last counted submission ends', () => {
    const submitted = new Date(NOW.getTime() - 10 * DAY_MS);
    const history = { openAttemptDeadlines: [], countedSubmissions: [submitted] };
    expect(nextAttemptOpensAt(history, 30, NOW)).toEqual(new Date(submitted.getTime() + 30 * DAY_MS));
    expect(nextAttemptOpensAt(history, 7, NOW)).toBeNull();
  });

  it('waits for an open attempt to end before another starts', () => {
    const deadline = new Date(NOW.getTime() + 60_000);
    expect(nextAttemptOpensAt({ openAttemptDeadlines: [deadline], countedSubmissions: [] }, 30, NOW)).toEqual(deadline);
    expect(nextAttemptOpensAt({ openAttemptDeadlines: [], countedSubmissions: [] }, 30, NOW)).toBeNull();
  });

  it('limits nothing with a cooldown of 0', () => {
    const history = { openAttemptDeadlines: [new Date(NOW.getTime() + 60_000)], countedSubmissions: [NOW] };
    expect(nextAttemptOpensAt(history, 0, NOW)).toBeNull();
  });
});
