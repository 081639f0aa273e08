import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ACCOUNT_ROLES, INVITATION_CODE_PATTERN, ROLES, type AccountRole, type Role } from '@skillproof/contracts';

/** Account shapes, described once for OpenAPI and GraphQL alike. */
@InputType('RegisterInput')
export class RegisterDto {
  @Field() @ApiProperty({ example: 'ada@example.com' }) @IsEmail() @MaxLength(254) email: string;

  @Field()
  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;

  @Field() @ApiProperty({ example: 'Ada Lovelace' }) @IsString() @MinLength(1) @MaxLength(120) name: string;

  @Field(() => String) @ApiProperty({ enum: ACCOUNT_ROLES }) @IsIn(ACCOUNT_ROLES) role: AccountRole;

  @Field({ nullable: true })
  @ApiPropertyOptional({
    description: 'Required for a company account without an invitation code: the company it creates',
  })
  @ValidateIf(
    (input: RegisterDto) =>
      (input.role === 'company' && input.invitationCode === undefined) || input.companyName !== undefined,
  )
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  companyName?: string;

  @Field({ nullable: true })
  @ApiPropertyOptional({
    description: "A company invitation's code (role company): the account joins that company instead of creating one",
    example: 'inv_3q2-7wEJ0kVbHcYF9pLr8sT1uXyZaBdCeFgHiJkLmNo',
  })
  @IsOptional()
  @IsString()
  @Matches(INVITATION_CODE_PATTERN, { message: 'invitationCode must be an invitation code (inv_…)' })
  invitationCode?: string;
}

@InputType('LoginInput')
export class LoginDto {
  @Field() @ApiProperty({ example: 'ada@example.com' }) @IsString() @MaxLength(254) email: string;
  @Field() @ApiProperty() @IsString() @MaxLength(200) password: string;
}

@ObjectType('User')
export class UserDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty() email: string;
  @Field() @ApiProperty() name: string;
  @Field(() => String) @ApiProperty({ enum: ROLES }) role: Role;
  @Field(() => String, { nullable: true }) @ApiProperty({ format: 'uuid', nullable: true, type: String }) companyId:
    string | null;
  @Field() @ApiProperty() createdAt: string;
}

@ObjectType('AuthSession')
export class AuthSessionDto {
  @Field() @ApiProperty({ description: 'Send as "Authorization: Bearer <accessToken>"' }) accessToken: string;
  @Field(() => Int) @ApiProperty({ description: 'Seconds until the token expires', example: 900 }) expiresIn: number;
  @Field()
  @ApiProperty({
    description: 'Send once to POST /v1/auth/refresh for a new session; a second use revokes the sign-in',
  })
  refreshToken: string;
  @Field(() => UserDto) @ApiProperty({ type: UserDto }) user: UserDto;
}

@InputType('RefreshInput')
export class RefreshDto {
  @Field()
  @ApiProperty({ description: 'A refresh token from sign-in or the last refresh' })
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}
