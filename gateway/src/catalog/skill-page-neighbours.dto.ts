import { ApiProperty } from '@nestjs/swagger';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CHALLENGE_KINDS, LEVELS, type ChallengeKind, type Level } from '@skillproof/contracts';
import { IssuerDto } from '../challenges/trust.dto';

/**
 * What the skill page shows of challenges and positions. Named for the page so that the challenges
 * and jobs modules keep their own richer types under their own names.
 */
@ObjectType('SkillPageChallenge')
export class SkillPageChallengeDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty() title: string;
  @Field(() => [String]) @ApiProperty({ type: [String] }) skills: string[];
  @Field(() => String) @ApiProperty({ enum: LEVELS }) difficulty: Level;
  @Field(() => Int) @ApiProperty() timeLimitMinutes: number;
  @Field(() => String) @ApiProperty({ enum: CHALLENGE_KINDS }) kind: ChallengeKind;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) companyId: string | null;
  @Field(() => IssuerDto) @ApiProperty({ type: IssuerDto }) issuer: IssuerDto;
  @Field()
  @ApiProperty({ description: 'Whether its tested and AI grades count toward public verified scores' })
  grantsPublicVerification: boolean;
  @Field() @ApiProperty() publishedAt: string;
}

@ObjectType('SkillPagePositionSalary')
export class SkillPagePositionSalaryDto {
  @Field(() => Int) @ApiProperty() min: number;
  @Field(() => Int) @ApiProperty() max: number;
  @Field() @ApiProperty({ example: 'USD' }) currency: string;
}

@ObjectType('SkillPagePositionSkill')
export class SkillPagePositionSkillDto {
  @Field() @ApiProperty({ example: 'machine-learning' }) skill: string;
  @Field(() => Int) @ApiProperty({ example: 70 }) minScore: number;
}

@ObjectType('SkillPagePosition')
export class SkillPagePositionDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty() title: string;
  @Field() @ApiProperty({ format: 'uuid' }) companyId: string;
  @Field() @ApiProperty() companyName: string;
  @Field() @ApiProperty() location: string;
  @Field() @ApiProperty() remote: boolean;
  @Field(() => SkillPagePositionSalaryDto, { nullable: true })
  @ApiProperty({ type: SkillPagePositionSalaryDto, nullable: true })
  salary: SkillPagePositionSalaryDto | null;
  @Field(() => [SkillPagePositionSkillDto])
  @ApiProperty({ type: [SkillPagePositionSkillDto] })
  skills: SkillPagePositionSkillDto[];
  @Field() @ApiProperty() postedAt: string;
}
