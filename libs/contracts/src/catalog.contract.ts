import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
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
const CURRENCY_PATTERN = /^[A-Z]{3}$/;

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
  @ApiPropertyOptional({ description: 'Words to look for in names, summaries and tools; typos are tolerated' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ example: 'AI & Data' })
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
  @ApiPropertyOptional({ description: 'Words to look for in roles, summaries and interests; typos are tolerated' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class SkillRating {
  @ApiProperty({ example: 'python' })
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `skill ${SLUG_MESSAGE}` })
  skill: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 4 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  level: number;
}

export class CareerMatchRequest {
  @ApiProperty({ type: [SkillRating] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SkillRating)
  skills: SkillRating[];

  @ApiPropertyOptional({ type: [String], example: ['research', 'healthcare'] })
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
  @ApiProperty({ example: 'United States' }) @IsString() @Length(2, 60) region: string;
  @ApiProperty({ example: 'USD' })
  @Matches(CURRENCY_PATTERN, { message: 'currency must be an ISO 4217 code' })
  currency: string;
  @ApiProperty({ example: 95000 }) @IsInt() @Min(0) @Max(10_000_000) junior: number;
  @ApiProperty({ example: 140000 }) @IsInt() @Min(0) @Max(10_000_000) mid: number;
  @ApiProperty({ example: 190000 }) @IsInt() @Min(0) @Max(10_000_000) senior: number;
}

export class FaqEntryInput implements FaqEntry {
  @ApiProperty() @IsString() @Length(5, 300) question: string;
  @ApiProperty() @IsString() @Length(5, 4_000) answer: string;
}

/** Everything an admin writes about a skill; related skills are named by slug. */
export class SkillCreateInput {
  @ApiProperty({ example: 'feature-engineering' })
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug: string;

  @ApiProperty({ example: 'Feature Engineering' }) @IsString() @Length(1, 100) name: string;
  @ApiProperty({ example: 'AI & Data' }) @IsString() @Length(2, 100) category: string;
  @ApiProperty({ minimum: 1, maximum: 3 }) @IsInt() @Min(1) @Max(3) tier: number;
  @ApiProperty() @IsString() @Length(10, 500) summary: string;
  @ApiProperty() @IsString() @Length(10, 10_000) description: string;
  @ApiProperty() @IsString() @Length(10, 4_000) whyItMatters: string;
  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS) difficulty: Level;
  @ApiProperty({ example: '3–6 months' }) @IsString() @Length(2, 200) timeToLearn: string;
  @ApiProperty({ example: '+$15k' }) @IsString() @Length(2, 200) salaryImpact: string;

  @ApiProperty({ type: [SalaryBandInput] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SalaryBandInput)
  salaryByRegion: SalaryBandInput[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(2, 200, { each: true })
  careerPaths: string[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  tools: string[];

  @ApiProperty({ type: [FaqEntryInput] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => FaqEntryInput)
  faq: FaqEntryInput[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(2, 100, { each: true })
  subTopics: string[];

  @ApiProperty({ type: [String], example: ['machine-learning'] })
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
  @ApiProperty({ enum: SALARY_LEVELS }) @IsIn(SALARY_LEVELS) level: SalaryLevel;
  @ApiProperty({ example: 'USD' })
  @Matches(CURRENCY_PATTERN, { message: 'currency must be an ISO 4217 code' })
  currency: string;
  @ApiProperty({ example: 120000 }) @IsInt() @Min(0) @Max(10_000_000) min: number;
  @ApiProperty({ example: 160000 }) @IsInt() @Min(0) @Max(10_000_000) max: number;
}

export class CareerSkillInput {
  @ApiProperty({ example: 'python' })
  @IsString()
  @Matches(SLUG_PATTERN, { message: `skill ${SLUG_MESSAGE}` })
  skill: string;

  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) weight: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) level: number;
}

export class CareerCreateInput {
  @ApiProperty({ example: 'ml-engineer' })
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug: string;

  @ApiProperty({ example: 'Machine Learning Engineer' }) @IsString() @Length(2, 100) role: string;
  @ApiProperty() @IsString() @Length(10, 1_000) summary: string;

  @ApiProperty({ type: [CareerSalaryRangeInput] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CareerSalaryRangeInput)
  salaryRanges: CareerSalaryRangeInput[];

  @ApiProperty({ type: [CareerSkillInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => CareerSkillInput)
  skills: CareerSkillInput[];

  @ApiProperty({ type: [String], example: ['finance'] })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(SLUG_PATTERN, { each: true, message: `each industry ${SLUG_MESSAGE}` })
  industries: string[];

  @ApiProperty({ type: [String], example: ['research', 'production systems'] })
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
