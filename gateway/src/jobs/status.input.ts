import { ApiProperty } from '@nestjs/swagger';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { APPLICATION_STATUSES, JOB_STATUSES, type ApplicationStatus, type JobStatus } from '@skillproof/contracts';

@InputType('ApplicationStatusInput')
export class ApplicationStatusInput {
  @Field(() => String)
  @ApiProperty({ enum: APPLICATION_STATUSES })
  @IsIn(APPLICATION_STATUSES)
  status: ApplicationStatus;
}

@InputType('JobStatusInput')
export class JobStatusInput {
  @Field(() => String)
  @ApiProperty({ enum: JOB_STATUSES })
  @IsIn(JOB_STATUSES)
  status: JobStatus;
}
