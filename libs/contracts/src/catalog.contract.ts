import { OmitType, PartialType } from '@nestjs/mapped-types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { defineEvent, defineRequest } from './definitions';
import { LEVELS, type Level } from './levels';
import { PageQuery, type Page } from './paging';
import { PrincipalPayload } from './principal';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'must be lowercase words joined by hyphens';
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

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

export interface CertificationRef {
  slug: string;
  name: string;
  issuer: string;
}

/** The catalogue's part of a skill page; the gateway adds open challenges and positions. */
export interface SkillView {
  slug: string;
  name: string;
  category: string;
  /** 1 = core skill in high demand, 2 = established specialism, 3 = niche or emerging. */
  tier: number;
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
  subTopics: string[];
  relatedSkills: SkillRef[];
  certifications: CertificationRef[];
  updatedAt: string;
}

/** A skill as search results and lists show it. */
export interface SkillSummary {
  slug: string;
  name: string;
  category: string;
  tier: number;
  summary: string;
  difficulty: Level;
  tools: string[];
}

/** A page of something listed by skill, as challenges and open positions are. */
export class SkillFilteredPageQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `skill ${SLUG_MESSAGE}` })
  skill?: string;
}

export class SkillSearchRequest extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string;
}

export const SALARY_LEVELS = ['junior', 'mid', 'senior', 'lead'] as const;
export type SalaryLevel = (typeof SALARY_LEVELS)[number];

export interface SalaryRange {
  level: SalaryLevel;
  currency: string;
  min: number;
  max: number;
}

export interface CareerSkill {
  slug: string;
  name: string;
  /** How much the role leans on the skill, 1 (useful) to 5 (the core of the job). */
  weight: number;
  /** The self-rated level, 1 to 5, at which the skill stops being a gap for the role. */
  level: number;
}

export interface IndustryRef {
  slug: string;
  name: string;
}

export interface CareerView {
  slug: string;
  role: string;
  summary: string;
  salaryRanges: SalaryRange[];
  skills: CareerSkill[];
  industries: IndustryRef[];
  interests: string[];
  updatedAt: string;
}

export interface CareerSummary {
  slug: string;
  role: string;
  summary: string;
  salaryRanges: SalaryRange[];
}

export class CareerGetRequest {
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug: string;
}

export class CareerSearchRequest extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class SkillRating {
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `skill ${SLUG_MESSAGE}` })
  skill: string;
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  level: number;
}

export class CareerMatchRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SkillRating)
  skills: SkillRating[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  interests?: string[];
}

export interface CareerMatch {
  career: { slug: string; role: string; summary: string };
  /** 0–100; how the score is computed is documented with the scoring rule in the catalog service. */
  score: number;
  reasons: string[];
}

export interface CareerMatchReply {
  matches: CareerMatch[];
}

export class SalaryBandInput implements SalaryBand {
  @IsString() @Length(2, 60) region: string;
  @Matches(CURRENCY_PATTERN, { message: 'currency must be an ISO 4217 code' })
  currency: string;
  @IsInt() @Min(0) @Max(10_000_000) junior: number;
  @IsInt() @Min(0) @Max(10_000_000) mid: number;
  @IsInt() @Min(0) @Max(10_000_000) senior: number;
}

export class FaqEntryInput implements FaqEntry {
  @IsString() @Length(5, 300) question: string;
  @IsString() @Length(5, 4_000) answer: string;
}

/** Everything an admin writes about a skill; related skills are named by slug. */
export class SkillCreateInput {
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug: string;

  @IsString() @Length(1, 100) name: string;
  @IsString() @Length(2, 100) category: string;
  @IsInt() @Min(1) @Max(3) tier: number;
  @IsString() @Length(10, 500) summary: string;
  @IsString() @Length(10, 10_000) description: string;
  @IsString() @Length(10, 4_000) whyItMatters: string;
  @IsIn(LEVELS) difficulty: Level;
  @IsString() @Length(2, 200) timeToLearn: string;
  @IsString() @Length(2, 200) salaryImpact: string;
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SalaryBandInput)
  salaryByRegion: SalaryBandInput[];
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(2, 200, { each: true })
  careerPaths: string[];
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  tools: string[];
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => FaqEntryInput)
  faq: FaqEntryInput[];
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(2, 100, { each: true })
  subTopics: string[];
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(SLUG_PATTERN, { each: true, message: `each related skill ${SLUG_MESSAGE}` })
  relatedSkills: string[];
}

/** A partial change to a skill; the slug is its identity and never changes. */
/** Null is not "leave unchanged": every field present is validated, so null is refused. */
export class SkillUpdateInput extends PartialType(OmitType(SkillCreateInput, ['slug'] as const), {
  skipNullProperties: false,
}) {}

export class CareerSalaryRangeInput implements SalaryRange {
  @IsIn(SALARY_LEVELS) level: SalaryLevel;
  @Matches(CURRENCY_PATTERN, { message: 'currency must be an ISO 4217 code' })
  currency: string;
  @IsInt() @Min(0) @Max(10_000_000) min: number;
  @IsInt() @Min(0) @Max(10_000_000) max: number;
}

export class CareerSkillInput {
  @IsString()
  @Matches(SLUG_PATTERN, { message: `skill ${SLUG_MESSAGE}` })
  skill: string;

  @IsInt() @Min(1) @Max(5) weight: number;
  @IsInt() @Min(1) @Max(5) level: number;
}

export class CareerCreateInput {
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug: string;

  @IsString() @Length(2, 100) role: string;
  @IsString() @Length(10, 1_000) summary: string;
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CareerSalaryRangeInput)
  salaryRanges: CareerSalaryRangeInput[];
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => CareerSkillInput)
  skills: CareerSkillInput[];
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(SLUG_PATTERN, { each: true, message: `each industry ${SLUG_MESSAGE}` })
  industries: string[];
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 50, { each: true })
  interests: string[];
}

export class CareerUpdateInput extends PartialType(OmitType(CareerCreateInput, ['slug'] as const), {
  skipNullProperties: false,
}) {}

/** Admin writes carry the caller so that the service checks the role itself, not only the gateway. */
abstract class AdminRequest {
  @IsOptional()
  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal?: PrincipalPayload;
}

export class SkillCreateRequest extends AdminRequest {
  @ValidateNested() @Type(() => SkillCreateInput) skill: SkillCreateInput;
}

export class SkillUpdateRequest extends AdminRequest {
  @IsString() @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` }) slug: string;
  @ValidateNested() @Type(() => SkillUpdateInput) changes: SkillUpdateInput;
}

export class CareerCreateRequest extends AdminRequest {
  @ValidateNested() @Type(() => CareerCreateInput) career: CareerCreateInput;
}

export class CareerUpdateRequest extends AdminRequest {
  @IsString() @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` }) slug: string;
  @ValidateNested() @Type(() => CareerUpdateInput) changes: CareerUpdateInput;
}

export interface SkillUpdatedData {
  slug: string;
  /** `created` for a new skill, `updated` for a change to an existing one. */
  change: 'created' | 'updated';
}

export interface CareerUpdatedData {
  slug: string;
  change: 'created' | 'updated';
}

export const CatalogRequests = {
  getSkill: defineRequest<SkillGetRequest, SkillView>('catalog.skill.get'),
  /** Ranked by relevance when `q` is given, else by tier and name. */
  searchSkills: defineRequest<SkillSearchRequest, Page<SkillSummary>>('catalog.skill.search'),
  createSkill: defineRequest<SkillCreateRequest, SkillView>('catalog.skill.create'),
  updateSkill: defineRequest<SkillUpdateRequest, SkillView>('catalog.skill.update'),
  getCareer: defineRequest<CareerGetRequest, CareerView>('catalog.career.get'),
  searchCareers: defineRequest<CareerSearchRequest, Page<CareerSummary>>('catalog.career.search'),
  createCareer: defineRequest<CareerCreateRequest, CareerView>('catalog.career.create'),
  updateCareer: defineRequest<CareerUpdateRequest, CareerView>('catalog.career.update'),
  matchCareers: defineRequest<CareerMatchRequest, CareerMatchReply>('catalog.career.match'),
} as const;

export const CatalogEvents = {
  skillUpdated: defineEvent<SkillUpdatedData>('evt.catalog.skill.updated'),
  careerUpdated: defineEvent<CareerUpdatedData>('evt.catalog.career.updated'),
} as const;
