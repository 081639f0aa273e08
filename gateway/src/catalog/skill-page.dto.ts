import { ApiProperty } from '@nestjs/swagger';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LEVELS, type Level } from '@skillproof/contracts';
import { SkillPageChallengeDto, SkillPagePositionDto } from './skill-page-neighbours.dto';

/** Response shapes of skills, described once for OpenAPI and GraphQL alike. */
@ObjectType('SalaryBand')
export class SalaryBandDto {
  @Field() @ApiProperty({ example: 'United States' }) region: string;
  @Field() @ApiProperty({ example: 'USD' }) currency: string;
  @Field(() => Int) @ApiProperty({ example: 130000 }) junior: number;
  @Field(() => Int) @ApiProperty({ example: 200000 }) mid: number;
  @Field(() => Int) @ApiProperty({ example: 300000 }) senior: number;
}

@ObjectType('FaqEntry')
export class FaqEntryDto {
  @Field() @ApiProperty() question: string;
  @Field() @ApiProperty() answer: string;
}

@ObjectType('SkillRef')
export class SkillRefDto {
  @Field() @ApiProperty({ example: 'deep-learning' }) slug: string;
  @Field() @ApiProperty({ example: 'Deep Learning' }) name: string;
}

@ObjectType('CertificationRef')
export class CertificationRefDto {
  @Field() @ApiProperty({ example: 'aws-ml-specialty' }) slug: string;
  @Field() @ApiProperty() name: string;
  @Field() @ApiProperty({ example: 'Amazon Web Services' }) issuer: string;
}

/** A skill as the catalogue stores it; admin writes answer with this. */
@ObjectType('Skill')
export class SkillDto {
  @Field() @ApiProperty({ example: 'machine-learning' }) slug: string;
  @Field() @ApiProperty({ example: 'Machine Learning' }) name: string;
  @Field() @ApiProperty({ example: 'AI & Data' }) category: string;
  @Field(() => Int) @ApiProperty({ minimum: 1, maximum: 3, description: '1 core, 2 specialism, 3 niche' }) tier: number;
  @Field() @ApiProperty() summary: string;
  @Field() @ApiProperty() description: string;
  @Field() @ApiProperty() whyItMatters: string;
  @Field(() => String) @ApiProperty({ enum: LEVELS }) difficulty: Level;
  @Field() @ApiProperty() timeToLearn: string;
  @Field() @ApiProperty() salaryImpact: string;
  @Field(() => [SalaryBandDto]) @ApiProperty({ type: [SalaryBandDto] }) salaryByRegion: SalaryBandDto[];
  @Field(() => [String]) @ApiProperty({ type: [String] }) careerPaths: string[];
  @Field(() => [String]) @ApiProperty({ type: [String] }) tools: string[];
  @Field(() => [FaqEntryDto]) @ApiProperty({ type: [FaqEntryDto] }) faq: FaqEntryDto[];
  @Field(() => [String]) @ApiProperty({ type: [String] }) subTopics: string[];
  @Field(() => [SkillRefDto]) @ApiProperty({ type: [SkillRefDto] }) relatedSkills: SkillRefDto[];
  @Field(() => [CertificationRefDto])
  @ApiProperty({ type: [CertificationRefDto] })
  certifications: CertificationRefDto[];
  @Field() @ApiProperty() updatedAt: string;
}

export const SKILL_PAGE_PARTS = ['openChallenges', 'openPositions'] as const;
export type SkillPagePart = (typeof SKILL_PAGE_PARTS)[number];

/** The whole skill page: the catalogue's skill with its open challenges and positions. */
@ObjectType('SkillPage')
export class SkillPageDto extends SkillDto {
  @Field(() => [SkillPageChallengeDto])
  @ApiProperty({ type: [SkillPageChallengeDto] })
  openChallenges: SkillPageChallengeDto[];

  @Field(() => [SkillPagePositionDto])
  @ApiProperty({ type: [SkillPagePositionDto] })
  openPositions: SkillPagePositionDto[];

  @Field(() => [String], { description: 'Parts left empty because the service behind them did not answer in time' })
  @ApiProperty({
    type: [String],
    enum: SKILL_PAGE_PARTS,
    description: 'Parts left empty because the service behind them did not answer in time',
  })
  partial: SkillPagePart[];
}

@ObjectType('SkillSummary')
export class SkillSummaryDto {
  @Field() @ApiProperty({ example: 'machine-learning' }) slug: string;
  @Field() @ApiProperty({ example: 'Machine Learning' }) name: string;
  @Field() @ApiProperty() category: string;
  @Field(() => Int) @ApiProperty() tier: number;
  @Field() @ApiProperty() summary: string;
  @Field(() => String) @ApiProperty({ enum: LEVELS }) difficulty: Level;
  @Field(() => [String]) @ApiProperty({ type: [String] }) tools: string[];
}

@ObjectType('SkillList')
export class SkillListDto {
  @Field(() => [SkillSummaryDto]) @ApiProperty({ type: [SkillSummaryDto] }) items: SkillSummaryDto[];
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
