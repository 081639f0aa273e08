import type { JobSkillRequirement, MatchEvidence, VerificationEvidence } from '@skillproof/contracts';

export interface VerifiedScore {
  skill: string;
  score: number;
  evidence: VerificationEvidence[];
}

export interface MatchResult {
  matchScore: number;
  evidence: MatchEvidence[];
}

/**
 * The match score rule, 0–100. Every required skill weighs the same. A requirement counts
 * min(1, verified / minScore): reaching the minimum gives it in full, falling short gives the share
 * reached, an unverified skill gives 0. Exceeding a minimum earns nothing extra, so one strong skill
 * cannot hide a missing one. The score is the mean, rounded to a whole number.
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
    (sum, entry) => sum + (entry.verifiedScore === null ? 0 : Math.min(1, entry.verifiedScore / entry.minScore)),
    0,
  );
  return { matchScore: Math.round((100 * total) / requirements.length), evidence };
}
