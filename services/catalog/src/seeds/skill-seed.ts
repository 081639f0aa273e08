import type { FaqEntry, Level, SalaryBand } from '@skillproof/contracts';

/** A skill as written in a seed file; the seed loader upserts it by slug. */
export interface SkillSeed {
  slug: string;
  name: string;
  category: string;
  summary: string;
  description: string;
  whyItMatters: string;
  difficulty: Level;
  timeToLearn: string;
  salaryImpact: string;
  salaryByRegion: SalaryBand[];
  careerPaths: string[];
  tools: string[];
  faq: FaqEntry[];
  relatedSlugs: string[];
}
