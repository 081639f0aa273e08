import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SLUG_PATTERN } from '@skillproof/contracts';

@InputType('SkillRequirementInput')
export class SkillRequirementInput {
  @Field()
  @ApiProperty({ example: 'machine-learning' })
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'skill must be lowercase words joined by hyphens' })
  skill: string;

  @Field(() => Int)
  @ApiProperty({
    minimum: 0,
    maximum: 100,
    example: 75,
    description: 'Lowest verified score that meets it; 0 asks for the skill verified at any score',
  })
  @IsInt()
  @Min(0)
  @Max(100)
  minScore: number;
}

@InputType('SalaryRangeInput')
export class SalaryRangeInput {
  @Field(() => Int) @ApiProperty({ example: 90000 }) @IsInt() @Min(0) min: number;
  @Field(() => Int) @ApiProperty({ example: 130000 }) @IsInt() @Min(0) max: number;

  @Field()
  @ApiProperty({ example: 'USD' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as USD' })
  currency: string;
}

@InputType('JobCreateInput')
export class JobCreateInput {
  @Field()
  @ApiProperty({ example: 'Machine learning engineer' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Field() @ApiProperty() @IsString() @MinLength(10) @MaxLength(20_000) description: string;

  @Field() @ApiProperty({ example: 'Amsterdam' }) @IsString() @MinLength(2) @MaxLength(200) location: string;

  @Field() @ApiProperty() @IsBoolean() remote: boolean;

  @Field(() => SalaryRangeInput, { nullable: true })
  @ApiPropertyOptional({ type: SalaryRangeInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => SalaryRangeInput)
  salary?: SalaryRangeInput;

  @Field(() => [SkillRequirementInput])
  @ApiProperty({ type: [SkillRequirementInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SkillRequirementInput)
  skills: SkillRequirementInput[];

  @Field(() => ID, { nullable: true })
  @ApiPropertyOptional({ format: 'uuid', description: 'A challenge candidates take as the hiring task' })
  @IsOptional()
  @IsUUID()
  challengeId?: string;
}
