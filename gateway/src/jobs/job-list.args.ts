import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SLUG_PATTERN } from '@skillproof/contracts';
import { PageArgs } from './page.args';

@ArgsType()
export class JobListArgs extends PageArgs {
  @Field({ nullable: true })
  @ApiPropertyOptional({ example: 'machine-learning', description: 'Only jobs that require this skill' })
  @IsOptional()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'skill must be lowercase words joined by hyphens' })
  skill?: string;

  @Field({ nullable: true })
  @ApiPropertyOptional({ example: 'ranking', description: 'Words of the title, description or location' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @Field({ nullable: true })
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  remote?: boolean;
}
