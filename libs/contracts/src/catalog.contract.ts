import { IsString, Matches, MaxLength } from 'class-validator';
import { defineEvent, defineRequest } from './definitions';
import type { Level } from './levels';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class SkillGetRequest {
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase words joined by hyphens' })
  slug: string;
}

export interface SalaryBand {
  region: string;
  currency: string;
  junior: number;
  mid: number;
  senior: number;
}

export interface FaqEntry {
  question: string;
  answer: string;
}

export interface SkillRef {
  slug: string;
  name: string;
}

/** The catalogue's part of a skill page; the gateway adds open challenges and positions. */
export interface SkillView {
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
  relatedSkills: SkillRef[];
  updatedAt: string;
}

export interface SkillUpdatedData {
  slug: string;
}

export const CatalogRequests = {
  getSkill: defineRequest<SkillGetRequest, SkillView>('catalog.skill.get'),
} as const;

export const CatalogEvents = {
  skillUpdated: defineEvent<SkillUpdatedData>('evt.catalog.skill.updated'),
} as const;
