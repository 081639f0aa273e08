import { Body, Controller, HttpCode, Ip, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Traceparent } from '../auth/current-principal.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { AuthSessionDto, LoginDto, RegisterDto } from './account.dto';
import { LoginThrottledError, ProfilesClient } from './profiles.client';

@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(private readonly profiles: ProfilesClient) {}

  @Post('register')
  @ApiOperation({ summary: 'Create an account' })
  @ApiCreatedResponse({ type: AuthSessionDto, description: 'The new account, signed in' })
  @ProblemResponses(400, 409)
  register(@Body() input: RegisterDto, @Traceparent() traceparent?: string): Promise<AuthSessionDto> {
    return this.profiles.register(input, traceparent);
  }

  @Post('login')
  @ApiOperation({ summary: 'Sign in' })
  @HttpCode(200)
  @ApiOkResponse({ type: AuthSessionDto })
  @ProblemResponses(400, 401)
  async login(
    @Body() input: LoginDto,
    @Ip() address: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Traceparent() traceparent?: string,
  ): Promise<AuthSessionDto> {
    try {
      return await this.profiles.login(input, address, traceparent);
    } catch (error) {
      if (error instanceof LoginThrottledError) void reply.header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
  }
}
