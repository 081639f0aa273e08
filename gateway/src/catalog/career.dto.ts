import { ApiProperty } from '@nestjs/swagger';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SALARY_LEVELS, type SalaryLevel } from '@skillproof/contracts';

/** Response shapes of careers and career match, described once for OpenAPI and GraphQL alike. */
@ObjectType('CareerSalaryRange')
export class SalaryRangeDto {
  @Field(() => String) @ApiProperty({ enum: SALARY_LEVELS }) level: SalaryLevel;
  @Field() @ApiProperty({ example: 'USD' }) currency: string;
  @Field(() => Int) @ApiProperty({ example: 140000 }) min: number;
  @Field(() => Int) @ApiProperty({ example: 220000 }) max: number;
}

@ObjectType('CareerSkill')
export class CareerSkillDto {
  @Field() @ApiProperty({ example: 'python' }) slug: string;
  @Field() @ApiProperty({ example: 'Python' }) name: string;
  @Field(() => Int)
  @ApiProperty({ minimum: 1, maximum: 5, description: 'How central the skill is to the role' })
  weight: number;
  @Field(() => Int)
  @ApiProperty({ minimum: 1, maximum: 5, description: 'Level at which it stops being a gap' })
  level: number;
}

@ObjectType('IndustryRef')
export class IndustryRefDto {
  @Field() @ApiProperty({ example: 'finance' }) slug: string;
  @Field() @ApiProperty({ example: 'Finance and fintech' }) name: string;
}

@ObjectType('Career')
export class CareerDto {
  @Field() @ApiProperty({ example: 'ml-engineer' }) slug: string;
  @Field() @ApiProperty({ example: 'Machine Learning Engineer' }) role: string;
  @Field() @ApiProperty() summary: string;
  @Field(() => [SalaryRangeDto]) @ApiProperty({ type: [SalaryRangeDto] }) salaryRanges: SalaryRangeDto[];
  @Field(() => [CareerSkillDto]) @ApiProperty({ type: [CareerSkillDto] }) skills: CareerSkillDto[];
  @Field(() => [IndustryRefDto]) @ApiProperty({ type: [IndustryRefDto] }) industries: IndustryRefDto[];
  @Field(() => [String]) @ApiProperty({ type: [String] }) interests: string[];
  @Field() @ApiProperty() updatedAt: string;
}

@ObjectType('CareerSummary')
export class CareerSummaryDto {
  @Field() @ApiProperty({ example: 'ml-engineer' }) slug: string;
  @Field() @ApiProperty({ example: 'Machine Learning Engineer' }) role: string;
  @Field() @ApiProperty() summary: string;
  @Field(() => [SalaryRangeDto]) @ApiProperty({ type: [SalaryRangeDto] }) salaryRanges: SalaryRangeDto[];
}

@ObjectType('CareerList')
export class CareerListDto {
  @Field(() => [CareerSummaryDto]) @ApiProperty({ type: [CareerSummaryDto] }) items: CareerSummaryDto[];
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

@ObjectType('CareerRef')
export class CareerRefDto {
  @Field() @ApiProperty({ example: 'ml-engineer' }) slug: string;
  @Field() @ApiProperty({ example: 'Machine Learning Engineer' }) role: string;
  @Field() @ApiProperty() summary: string;
}

@ObjectType('CareerMatch')
export class CareerMatchDto {
  @Field(() => CareerRefDto) @ApiProperty({ type: CareerRefDto }) career: CareerRefDto;
  @Field(() => Int) @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @Field(() => [String]) @ApiProperty({ type: [String] }) reasons: string[];
}

@ObjectType('CareerMatchResult')
export class CareerMatchResultDto {
  @Field(() => [CareerMatchDto])
  @ApiProperty({ type: [CareerMatchDto], description: 'Best match first' })
  matches: CareerMatchDto[];
}
