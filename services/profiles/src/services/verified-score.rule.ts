import type { Level, VerificationEvidence } from '@skillproof/contracts';

export type EvidenceSource = 'grade' | 'company_review';

/**
 * How a verified score is made (the rule the public profile stands on):
 *
 * - Evidence: every graded submission of the candidate that names the skill, one entry per
 *   submission id holding its latest decision (a re-grade replaces the first grade, a person's
 *   override replaces the machine's), whatever order the events arrived in.
 * - Window: only evidence graded in the 365 days before the moment of computing counts, so an old
 *   result does not vouch for a skill forever.
 * - Score: the best score in the window. A weak later attempt does not erase proven ability; a
 *   stronger one raises it at once.
 * - Level: below 40 beginner, below 65 intermediate, below 85 advanced, otherwise expert.
 * - Verified at: when the submission that gave the best score was graded (the earliest such one on a tie).
 * - Evidence shown: the window's submissions, newest first, at most EVIDENCE_SHOWN of them.
 *
 * - What counts (DESIGN.md, Trust): evidence whose standing is `public` makes the public score;
 *   a company's own evidence (`company`: its review, its unapproved challenge) counts, together with
 *   the public evidence, in that company's view alone. Practice and grades under review count for nobody.
 * - A company's review of a grade is kept beside the grade, not in its place, so the public profile
 *   still shows the automated grade with the review labelled next to it.
 *
 * The result depends only on the set of evidence, so duplicate or out-of-order events change nothing.
 */
export const WINDOW_DAYS = 365;
export const EVIDENCE_SHOWN = 10;

export interface VerifiedScore {
  score: number;
  level: Level;
  verifiedAt: string;
  evidence: VerificationEvidence[];
}

/** A decision on a submission's score: the machine grade of a round, or a person's override of it. */
export interface EvidenceDecision extends VerificationEvidence {
  source: EvidenceSource;
  round: number;
  overridden: boolean;
}

/**
 * Whether a decision replaces the one stored for the same submission and source: a later round
 * beats an earlier one, a person's override beats the machine grade of its round, a review's
 * acceptance beats the flagged grade it accepts, and of two decisions otherwise alike the later one
 * wins. So a late or replayed event changes nothing.
 */
export function supersedes(decision: EvidenceDecision, stored: EvidenceDecision | null): boolean {
  if (!stored) return true;
  if (decision.round !== stored.round) return decision.round > stored.round;
  if (decision.overridden !== stored.overridden) return decision.overridden;
  if ((decision.standing === 'under_review') !== (stored.standing === 'under_review')) {
    return stored.standing === 'under_review';
  }
  return Date.parse(decision.gradedAt) > Date.parse(stored.gradedAt);
}

/** The company a piece of company-only evidence counts for. */
export function companyOf(evidence: VerificationEvidence): string | null {
  return evidence.standing === 'company' ? (evidence.issuer.companyId ?? null) : null;
}

export interface SkillScores {
  /** The public verified score, from public evidence alone. */
  public: VerifiedScore | null;
  /** Per company with evidence of its own: the score over that evidence and the public one. */
  companyScores: Record<string, number>;
  /** What a reader of the profile sees: public evidence and companies' own, labelled; newest first. */
  shown: VerificationEvidence[];
}

/** Every view of one candidate's skill that the trust rules allow. */
export function skillScoresOf(evidence: VerificationEvidence[], now: Date): SkillScores {
  const publicEvidence = evidence.filter((entry) => entry.standing === 'public');
  const publicScore = verifiedScoreOf(publicEvidence, now);
  const companyScores: Record<string, number> = {};
  const companies = [...new Set(evidence.map(companyOf).filter((id): id is string => id !== null))].sort();
  for (const companyId of companies) {
    const own = evidence.filter((entry) => companyOf(entry) === companyId);
    const score = verifiedScoreOf([...publicEvidence, ...own], now);
    if (score) companyScores[companyId] = score.score;
  }
  const shown = verifiedScoreOf(
    evidence.filter((entry) => entry.standing === 'public' || entry.standing === 'company'),
    now,
  );
  return {
    public: publicScore,
    companyScores,
    shown: (shown?.evidence ?? []).map((entry) => ({ ...entry, counts: entry.standing === 'public' })),
  };
}

export function levelOf(score: number): Level {
  if (score < 40) return 'beginner';
  if (score < 65) return 'intermediate';
  if (score < 85) return 'advanced';
  return 'expert';
}

/** The verified score from all the evidence for one candidate and skill, or null when none is recent. */
export function verifiedScoreOf(evidence: VerificationEvidence[], now: Date): VerifiedScore | null {
  const since = now.getTime() - WINDOW_DAYS * 86_400_000;
  const recent = evidence
    .filter((entry) => Date.parse(entry.gradedAt) >= since)
    .sort((a, b) => Date.parse(b.gradedAt) - Date.parse(a.gradedAt) || a.submissionId.localeCompare(b.submissionId));
  if (recent.length === 0) return null;
  const best = recent.reduce((top, entry) =>
    entry.score > top.score || (entry.score === top.score && Date.parse(entry.gradedAt) < Date.parse(top.gradedAt))
      ? entry
      : top,
  );
  return {
    score: best.score,
    level: levelOf(best.score),
    verifiedAt: new Date(best.gradedAt).toISOString(),
    evidence: recent.slice(0, EVIDENCE_SHOWN),
  };
}
