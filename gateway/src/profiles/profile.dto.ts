import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { HANDLE_PATTERN, IsOmittable, LEVELS, VISIBILITIES, type Level, type Visibility } from '@skillproof/contracts';
import { EvidenceTrustDto } from '../challenges/trust.dto';
import { UserDto } from './account.dto';

const HANDLE_MESSAGE = 'handle must be 3–40 lowercase letters, digits or inner hyphens';

/**
 * Evidence as the public sees it: which challenge, how it scored, when, how it was earned and who
 * stands behind it; never the submission itself.
 */
@ObjectType('PublicEvidence')
export class VerificationEvidenceDto extends EvidenceTrustDto {
  @Field() @ApiProperty({ format: 'uuid' }) challengeId: string;
  @Field() @ApiProperty() title: string;
  @Field(() => Int) @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @Field() @ApiProperty() gradedAt: string;
}

@ObjectType('VerifiedSkill')
export class VerifiedSkillDto {
  @Field() @ApiProperty({ example: 'machine-learning' }) skill: string;
  @Field(() => Int) @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @Field(() => String) @ApiProperty({ enum: LEVELS }) level: Level;
  @Field() @ApiProperty() verifiedAt: string;
  @Field(() => [VerificationEvidenceDto])
  @ApiProperty({ type: [VerificationEvidenceDto] })
  evidence: VerificationEvidenceDto[];
}

@ObjectType('PublicProfile')
export class PublicProfileDto {
  @Field() @ApiProperty({ example: 'maya-okafor' }) handle: string;
  @Field() @ApiProperty() name: string;
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) headline: string | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) location: string | null;
  @Field(() => [String]) @ApiProperty({ type: [String] }) links: string[];
  @Field(() => [VerifiedSkillDto]) @ApiProperty({ type: [VerifiedSkillDto] }) verifiedSkills: VerifiedSkillDto[];
}

@ObjectType('OwnProfile')
export class OwnProfileDto extends PublicProfileDto {
  @Field(() => String) @ApiProperty({ enum: VISIBILITIES }) visibility: Visibility;
}

@ObjectType('Company')
export class CompanyDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty() name: string;
}

@ObjectType('Me')
export class MeDto {
  @Field(() => UserDto) @ApiProperty({ type: UserDto }) user: UserDto;
  @Field(() => OwnProfileDto, { nullable: true })
  @ApiProperty({ type: OwnProfileDto, nullable: true })
  profile: OwnProfileDto | null;
  @Field(() => CompanyDto, { nullable: true })
  @ApiProperty({ type: CompanyDto, nullable: true })
  company: CompanyDto | null;
}

@InputType('ProfileUpdateInput')
export class ProfileUpdateDto {
  @Field({ nullable: true })
  @ApiPropertyOptional({ example: 'ada-lovelace' })
  @IsOmittable()
  @IsString()
  @Matches(HANDLE_PATTERN, { message: HANDLE_MESSAGE })
  handle?: string;

  @Field({ nullable: true })
  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(160) headline?: string;

  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(120) location?: string;

  @Field(() => [String], { nullable: true })
  @ApiPropertyOptional({ type: [String], maxItems: 10 })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  @MaxLength(300, { each: true })
  links?: string[];

  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ enum: VISIBILITIES })
  @IsOmittable()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;
}

/** The profile named in a REST path or as a GraphQL argument. */
@ArgsType()
export class HandleParams {
  @Field()
  @ApiProperty({ example: 'maya-okafor' })
  @IsString()
  @Matches(HANDLE_PATTERN, { message: HANDLE_MESSAGE })
  handle: string;
}
