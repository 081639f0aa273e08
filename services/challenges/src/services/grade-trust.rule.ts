import {
  PLATFORM_NAME,
  type GraderName,
  type Issuer,
  type Principal,
  type Reviewer,
  type Standing,
  type Verification,
} from '@skillproof/contracts';

/** What the trust of a grade depends on in its challenge. */
export interface ChallengeTrust {
  companyId: string | null;
  companyName: string | null;
  approvedAt: Date | null;
}

/** The flag grading sets when a submission tried to steer the grader. */
export const STEERING_FLAG = 'prompt_injection';

const VERIFICATION_OF: Record<GraderName | 'human', Verification> = {
  openai: 'ai',
  heuristic: 'practice',
  sandbox: 'tested',
  human: 'reviewed',
};

export function verificationOf(grader: GraderName | 'human'): Verification {
  return VERIFICATION_OF[grader];
}

/** Platform challenges, and company challenges an admin approved, may grant public verification. */
export function grantsPublicVerification(challenge: ChallengeTrust): boolean {
  return challenge.companyId === null || challenge.approvedAt !== null;
}

/** The platform stands behind what it authored or approved; otherwise the owning company does. */
export function issuerOf(challenge: ChallengeTrust): Issuer {
  if (grantsPublicVerification(challenge)) return { kind: 'platform', name: PLATFORM_NAME };
  return { kind: 'company', companyId: challenge.companyId!, name: challenge.companyName ?? 'Company' };
}

/** An admin reviews for the platform; a company member for their company. */
export function reviewerOf(principal: Principal, challenge: ChallengeTrust): Reviewer {
  if (principal.role === 'admin') return { userId: principal.userId, kind: 'platform', name: PLATFORM_NAME };
  return { userId: principal.userId, kind: 'company', name: challenge.companyName ?? 'Company' };
}

export function issuerOfReviewer(reviewer: Reviewer, challenge: ChallengeTrust): Issuer {
  if (reviewer.kind === 'platform') return { kind: 'platform', name: PLATFORM_NAME };
  return { kind: 'company', companyId: challenge.companyId!, name: reviewer.name };
}

/**
 * Whom a grade counts for (DESIGN.md, Trust): a review counts publicly when the platform made it
 * and for the company alone otherwise; a flagged machine grade waits for its review (a practice one
 * too, so the candidate sees it is being looked at); practice never counts; tested and AI grades
 * count publicly when the challenge may grant public verification.
 */
export function standingOf(
  verification: Verification,
  challenge: ChallengeTrust,
  options: { flagged: boolean; reviewer: Reviewer | null },
): Standing {
  if (verification === 'reviewed') return options.reviewer?.kind === 'platform' ? 'public' : 'company';
  if (options.flagged) return 'under_review';
  if (verification === 'practice') return 'practice';
  return grantsPublicVerification(challenge) ? 'public' : 'company';
}

export function isFlagged(flags: string[]): boolean {
  return flags.includes(STEERING_FLAG);
}

/**
 * When a candidate may start the next graded attempt at a challenge, or null when they may now:
 * an attempt still open (its deadline ahead, nothing submitted) must end first, and each submission
 * holds the challenge for the cooldown from when it was submitted. Submissions whose grading failed
 * do not count, since the candidate got no grade from them. A cooldown of 0 (allowed only where
 * an operator lowered the least cooldown, for load runs) limits nothing.
 */
export function nextAttemptOpensAt(
  history: { openAttemptDeadlines: Date[]; countedSubmissions: Date[] },
  cooldownDays: number,
  now: Date,
): Date | null {
  if (cooldownDays === 0) return null;
  const blockers = [
    ...history.openAttemptDeadlines,
    ...history.countedSubmissions.map((submittedAt) => new Date(submittedAt.getTime() + cooldownDays * 86_400_000)),
  ].filter((until) => until.getTime() > now.getTime());
  if (blockers.length === 0) return null;
  return new Date(Math.max(...blockers.map((until) => until.getTime())));
}
