import { ApiProperty } from '@nestjs/swagger';
import { ArgsType, Field } from '@nestjs/graphql';
import { Matches, MaxLength } from 'class-validator';
import { SLUG_PATTERN } from '@skillproof/contracts';

/** The career named in a REST path or as a GraphQL argument. */
@ArgsType()
export class CareerSlugParams {
  @Field()
  @ApiProperty({ example: 'ml-engineer' })
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase words joined by hyphens' })
  slug: string;
}
