import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsUUID, ValidateIf } from 'class-validator';
import { ROLES, type Role } from '@skillproof/contracts';

@ObjectType('CompanyMember')
export class CompanyMemberDto {
  @Field() @ApiProperty({ format: 'uuid' }) userId: string;
  @Field() @ApiProperty() name: string;
  @Field() @ApiProperty() email: string;
  @Field() @ApiProperty({ description: 'When the account was made' }) createdAt: string;
}

@ObjectType('CompanyInvitation')
export class CreatedCompanyInvitationDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty({ format: 'uuid' }) companyId: string;
  @Field() @ApiProperty() createdAt: string;
  @Field() @ApiProperty({ description: 'After this the code joins nobody' }) expiresAt: string;
  @Field({ description: 'Register a company account with it as invitationCode. Shown this once; usable once.' })
  @ApiProperty({
    example: 'inv_3q2-7wEJ0kVbHcYF9pLr8sT1uXyZaBdCeFgHiJkLmNo',
    description: 'Register a company account with it as invitationCode. Shown this once; usable once.',
  })
  code: string;
}

/** The member or user named in a REST path or as a GraphQL argument. */
@ArgsType()
export class UserIdParams {
  @Field() @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
}

@InputType('UserRoleInput')
export class UserRoleDto {
  @Field(() => String) @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role: Role;

  @Field({ nullable: true })
  @ApiPropertyOptional({ format: 'uuid', description: 'The company a new company member joins; only with that role' })
  @ValidateIf((input: UserRoleDto) => input.role === 'company' || input.companyId !== undefined)
  @IsUUID()
  companyId?: string;
}
