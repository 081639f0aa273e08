import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SLUG_PATTERN } from '@skillproof/contracts';

@InputType('SkillRatingInput')
export class SkillRatingInput {
  @Field()
  @ApiProperty({ example: 'python' })
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'skill must be lowercase words joined by hyphens' })
  skill: string;

  @Field(() => Int)
  @ApiProperty({ minimum: 1, maximum: 5, example: 4 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  level: number;
}

/** The career-match questionnaire, the same on REST and GraphQL. */
@InputType('CareerMatchInput')
export class CareerMatchInput {
  @Field(() => [SkillRatingInput])
  @ApiProperty({ type: [SkillRatingInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SkillRatingInput)
  skills: SkillRatingInput[];

  @Field(() => [String], { nullable: true })
  @ApiPropertyOptional({ type: [String], example: ['research', 'healthcare'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  interests?: string[];
}
