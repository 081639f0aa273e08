import { Body, Controller, HttpCode, Ip, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { SignedInAs } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { AuthSessionDto, LoginDto, RefreshDto, RegisterDto } from './account.dto';
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

  @Post('refresh')
  @ApiOperation({ summary: 'Swap a refresh token for a new session (and a new refresh token)' })
  @HttpCode(200)
  @ApiOkResponse({ type: AuthSessionDto })
  @ProblemResponses(400, 401)
  refresh(@Body() input: RefreshDto, @Traceparent() traceparent?: string): Promise<AuthSessionDto> {
    return this.profiles.refresh(input, traceparent);
  }

  @Post('sign-out-everywhere')
  @ApiOperation({
    summary: 'Sign out everywhere: every refresh token and access token of yours stops working at once',
  })
  @SignedInAs()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out on every device' })
  @ProblemResponses(401, 403)
  async signOutEverywhere(
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<void> {
    await this.profiles.signOutEverywhere(principal, traceparent);
  }

  @Post('sign-out')
  @ApiOperation({ summary: 'Sign out: the refresh token and every successor of it stop working' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; access tokens already handed out expire on their own' })
  @ProblemResponses(400)
  signOut(@Body() input: RefreshDto, @Traceparent() traceparent?: string): Promise<void> {
    return this.profiles.signOut(input, traceparent);
  }
}
