import { ApiProperty } from '@nestjs/swagger';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** A resource named by its id in a REST path or as a GraphQL argument. */
@ArgsType()
export class IdParams {
  @Field(() => ID)
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'id must be a UUID' })
  id: string;
}
