import type { JobSkillRequirement, MatchEvidence, VerificationEvidence } from '@skillproof/contracts';

export interface VerifiedScore {
  skill: string;
  score: number;
  evidence: VerificationEvidence[];
}

/** A candidate's scores for one skill as this service keeps them: public, and per company. */
export interface StoredScores {
  skill: string;
  score: number | null;
  companyScores: Record<string, number>;
  evidence: VerificationEvidence[];
}

/**
 * The scores one company may rank on (DESIGN.md, Trust): public evidence, plus evidence of its own
 * (its reviews, its unapproved challenges), which counts for it alone. Other companies' own evidence
 * is left out of what it is shown.
 */
export function companyView(stored: StoredScores[], companyId: string): VerifiedScore[] {
  return stored.flatMap((entry) => {
    const score = entry.companyScores[companyId] ?? entry.score;
    if (score === null) return [];
    const evidence = entry.evidence
      .filter((item) => item.counts || item.issuer.companyId === companyId)
      .map((item) => ({ ...item, counts: item.counts || item.issuer.companyId === companyId }));
    return [{ skill: entry.skill, score, evidence }];
  });
}

export interface MatchResult {
  matchScore: number;
  evidence: MatchEvidence[];
}

/**
 * The match score rule, 0–100. Every required skill weighs the same. A requirement counts
 * min(1, verified / minScore): reaching the minimum gives it in full, falling short gives the share
 * reached, an unverified skill gives 0. A minimum of 0 asks for the skill verified at any score.
 * Exceeding a minimum earns nothing extra, so one strong skill cannot hide a missing one. The score
 * is the mean, rounded to a whole number.
 */
export function matchScore(requirements: JobSkillRequirement[], verified: VerifiedScore[]): MatchResult {
  const bySkill = new Map(verified.map((entry) => [entry.skill, entry]));
  const evidence = requirements.map((requirement): MatchEvidence => {
    const found = bySkill.get(requirement.skill);
    return {
      skill: requirement.skill,
      minScore: requirement.minScore,
      verifiedScore: found ? found.score : null,
      met: found !== undefined && found.score >= requirement.minScore,
      evidence: found ? found.evidence : [],
    };
  });
  if (requirements.length === 0) return { matchScore: 0, evidence };
  const total = evidence.reduce(
    (sum, entry) => sum + (entry.verifiedScore === null ? 0 : entry.met ? 1 : entry.verifiedScore / entry.minScore),
    0,
  );
  return { matchScore: Math.round((100 * total) / requirements.length), evidence };
}
