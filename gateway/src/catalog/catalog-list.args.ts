import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../jobs/page.args';

/** `GET /v1/skills` query and the `skills` GraphQL arguments. */
@ArgsType()
export class SkillListArgs extends PageArgs {
  @Field({ nullable: true })
  @ApiPropertyOptional({ description: 'Words to look for in names, summaries and tools; typos are tolerated' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @Field({ nullable: true })
  @ApiPropertyOptional({ example: 'AI & Data' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string;
}

/** `GET /v1/careers` query and the `careers` GraphQL arguments. */
@ArgsType()
export class CareerListArgs extends PageArgs {
  @Field({ nullable: true })
  @ApiPropertyOptional({ description: 'Words to look for in roles, summaries and interests; typos are tolerated' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
