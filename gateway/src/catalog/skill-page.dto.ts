import { ApiProperty } from '@nestjs/swagger';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LEVELS, type Level } from '@skillproof/contracts';

/** Response shapes of the skill page, described once for OpenAPI and GraphQL alike. */
@ObjectType('SalaryBand')
export class SalaryBandDto {
  @Field() @ApiProperty({ example: 'United States' }) region: string;
  @Field() @ApiProperty({ example: 'USD' }) currency: string;
  @Field(() => Int) @ApiProperty({ example: 85000 }) junior: number;
  @Field(() => Int) @ApiProperty({ example: 120000 }) mid: number;
  @Field(() => Int) @ApiProperty({ example: 175000 }) senior: number;
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

@ObjectType('SkillPage')
export class SkillPageDto {
  @Field() @ApiProperty({ example: 'machine-learning' }) slug: string;
  @Field() @ApiProperty({ example: 'Machine Learning' }) name: string;
  @Field() @ApiProperty() category: string;
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
  @Field(() => [SkillRefDto]) @ApiProperty({ type: [SkillRefDto] }) relatedSkills: SkillRefDto[];
  @Field() @ApiProperty() updatedAt: string;
}
