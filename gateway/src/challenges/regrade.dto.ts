import { ApiProperty } from '@nestjs/swagger';
import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { REGRADE_REASONS, REGRADE_STATES, type RegradeReason, type RegradeState } from '@skillproof/contracts';

/** Bulk re-grades of a challenge's past submissions, described once for OpenAPI and GraphQL alike. */
@InputType('RegradeInput')
export class RegradeStartDto {
  @Field(() => String)
  @ApiProperty({ enum: REGRADE_REASONS, description: 'Why past submissions are graded again' })
  @IsIn(REGRADE_REASONS)
  reason: RegradeReason;
}

/** A re-grade named by its challenge and its own id, in a REST path or as GraphQL arguments. */
@ArgsType()
export class RegradeParams {
  @Field() @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @Field() @ApiProperty({ format: 'uuid' }) @IsUUID() regradeId: string;
}

@ObjectType('Regrade')
export class RegradeDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty({ format: 'uuid' }) challengeId: string;
  @Field(() => String) @ApiProperty({ enum: REGRADE_REASONS }) reason: RegradeReason;
  @Field() @ApiProperty({ description: 'The admin or company member who started it' }) requestedBy: string;
  @Field() @ApiProperty() requestedAt: string;
  @Field(() => Int)
  @ApiProperty({ description: 'Submissions graded again, each as a new round; their history keeps both grades' })
  total: number;
  @Field(() => Int)
  @ApiProperty({
    description:
      'Graded submissions left as they were: grades a person set, and public evidence while the challenge does not grant public verification',
  })
  kept: number;
  @Field(() => Int) @ApiProperty() graded: number;
  @Field(() => Int) @ApiProperty() failed: number;
  @Field(() => Int) @ApiProperty({ description: 'Still queued or being graded' }) waiting: number;
  @Field(() => String) @ApiProperty({ enum: REGRADE_STATES }) state: RegradeState;
  @Field()
  @ApiProperty({ example: '/v1/challenges/{id}/regrades/{regradeId}', description: 'Where to follow it' })
  progressUrl: string;
}
