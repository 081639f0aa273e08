import type { CareerCreateInput, SkillCreateInput } from '@skillproof/contracts';

/** A skill as a seed file writes it: the admin input plus the certifications that prove it. */
export interface SkillSeed extends SkillCreateInput {
  certifications?: string[];
}

export type CareerSeed = CareerCreateInput;

export interface IndustrySeed {
  slug: string;
  name: string;
  description: string;
}

export interface CertificationSeed {
  slug: string;
  name: string;
  issuer: string;
}
