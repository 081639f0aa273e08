import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import {
  ISSUER_KINDS,
  STANDINGS,
  VERIFICATIONS,
  type IssuerKind,
  type Standing,
  type Verification,
} from '@skillproof/contracts';

/** Who stands behind a piece of evidence (DESIGN.md, Trust). */
@ObjectType('Issuer')
export class IssuerDto {
  @Field(() => String) @ApiProperty({ enum: ISSUER_KINDS }) kind: IssuerKind;
  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ format: 'uuid', description: 'Set when a company issued it' })
  companyId?: string;
  @Field() @ApiProperty({ example: 'Skillproof' }) name: string;
}

/** The person who changed (or accepted) a grade, and for whom they acted. */
@ObjectType('Reviewer')
export class ReviewerDto {
  @Field() @ApiProperty({ format: 'uuid' }) userId: string;
  @Field(() => String) @ApiProperty({ enum: ISSUER_KINDS }) kind: IssuerKind;
  @Field() @ApiProperty({ description: "The company's name, or the platform's for an admin" }) name: string;
}

export const VERIFICATION_DESCRIPTION =
  'How it was earned: tested (hidden tests ran), ai (a configured model graded against the rubric), ' +
  'reviewed (a person changed the grade), practice (the offline heuristic; never counts)';

/** What every evidence item says about how it was earned and whom it counts for. */
@ObjectType({ isAbstract: true })
export abstract class EvidenceTrustDto {
  @Field(() => String)
  @ApiProperty({ enum: VERIFICATIONS, description: VERIFICATION_DESCRIPTION })
  verification: Verification;
  @Field(() => IssuerDto) @ApiProperty({ type: IssuerDto }) issuer: IssuerDto;
  @Field(() => ReviewerDto, { nullable: true })
  @ApiProperty({ type: ReviewerDto, nullable: true, description: 'Set on reviewed evidence' })
  reviewer: ReviewerDto | null;
  @Field(() => String) @ApiProperty({ enum: STANDINGS }) standing: Standing;
  @Field(() => Int)
  @ApiProperty({ description: 'Graded attempts the candidate had made at the challenge' })
  attempts: number;
  @Field()
  @ApiProperty({ description: "False for a company's own evidence, shown labelled: it counts for that company alone" })
  counts: boolean;
}
