import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType('ApiKeyCreateInput')
export class ApiKeyCreateDto {
  @Field({ nullable: true })
  @ApiPropertyOptional({ example: 'ATS integration' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name?: string;
}

@ObjectType('ApiKey')
export class ApiKeyDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty() name: string;
  @Field({ description: 'Enough to tell keys apart, not to use one' })
  @ApiProperty({ example: 'sk_live_Ab3dE9', description: 'Enough to tell keys apart, not to use one' })
  prefix: string;
  @Field() @ApiProperty() createdAt: string;
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) revokedAt: string | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyDto extends ApiKeyDto {
  @Field({ description: 'Send as X-Api-Key. Shown this once; only its hash is stored.' })
  @ApiProperty({ description: 'Send as X-Api-Key. Shown this once; only its hash is stored.' })
  key: string;
}

/** The key named in a REST path or as a GraphQL argument. */
@ArgsType()
export class ApiKeyIdParams {
  @Field() @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
}
