import type { CareerMatch, CareerView } from '@skillproof/contracts';

export type MatchableCareer = Pick<CareerView, 'slug' | 'role' | 'summary' | 'skills' | 'industries' | 'interests'>;

/** Share of the score that interests decide when the person names any; skills decide the rest. */
export const INTEREST_SHARE = 0.2;

/**
 * The career-match scoring rule.
 *
 * Skills: every career lists skills with a weight (1–5, how central the skill is) and a level
 * (1–5, where it stops being a gap). A skill rated at or above the level earns its full weight; a
 * lower rating earns weight × rating / level; an unrated skill earns nothing. The skill fit is the
 * earned weight over the total weight, so missing a core skill costs more than missing a nice-to-have,
 * and skills the career does not use neither help nor hurt.
 *
 * Interests: when the person names interests, the interest fit is the share of them the career
 * reflects (its interest tags or its industries, compared case-insensitively, a word inside a tag
 * counts). The score is then 80 % skill fit and 20 % interest fit; without interests it is the
 * skill fit alone. Scores are 0–100, rounded; ties go to the better skill fit, then the role name.
 */
export function rankCareers(
  careers: MatchableCareer[],
  ratings: ReadonlyMap<string, number>,
  interests: string[] = [],
): CareerMatch[] {
  const wanted = interests.map(normalise).filter((interest) => interest.length > 0);
  return careers
    .map((career) => scoreCareer(career, ratings, wanted))
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        b.skillFit - a.skillFit ||
        a.match.career.role.localeCompare(b.match.career.role),
    )
    .map((scored) => scored.match);
}

function scoreCareer(
  career: MatchableCareer,
  ratings: ReadonlyMap<string, number>,
  interests: string[],
): { match: CareerMatch; skillFit: number } {
  const matched: string[] = [];
  const partial: string[] = [];
  const missing: string[] = [];
  let earned = 0;
  let total = 0;
  for (const skill of career.skills) {
    const rating = ratings.get(skill.slug) ?? 0;
    total += skill.weight;
    earned += skill.weight * Math.min(rating / skill.level, 1);
    if (rating >= skill.level) matched.push(`${skill.name} (${rating}/5)`);
    else if (rating > 0) partial.push(`${skill.name} (you ${rating}, role ${skill.level})`);
    else missing.push(skill.name);
  }
  const skillFit = total === 0 ? 0 : earned / total;
  const reflected = interests.filter((interest) => reflects(career, interest));
  const fit =
    interests.length === 0
      ? skillFit
      : (1 - INTEREST_SHARE) * skillFit + INTEREST_SHARE * (reflected.length / interests.length);

  const reasons: string[] = [];
  if (matched.length > 0) reasons.push(`Meets the level the role needs in ${list(matched)}`);
  if (partial.length > 0) reasons.push(`Below the role's level in ${list(partial)}`);
  if (missing.length > 0) reasons.push(`Missing: ${list(missing)}`);
  if (reflected.length > 0) reasons.push(`Fits your interest in ${list(reflected)}`);
  else if (interests.length > 0) reasons.push('None of your interests is central to this role');

  return {
    match: {
      career: { slug: career.slug, role: career.role, summary: career.summary },
      score: Math.round(fit * 100),
      reasons,
    },
    skillFit,
  };
}

function reflects(career: MatchableCareer, interest: string): boolean {
  const tags = [...career.interests, ...career.industries.flatMap((industry) => [industry.slug, industry.name])].map(
    normalise,
  );
  return tags.some((tag) => tag === interest || tag.split(/[\s-]+/).includes(interest) || interest.includes(tag));
}

function normalise(text: string): string {
  return text.trim().toLowerCase();
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
