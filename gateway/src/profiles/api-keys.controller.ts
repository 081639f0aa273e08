import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles, SignedInAs } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { ApiKeyCreateDto, ApiKeyDto, ApiKeyIdParams, CreatedApiKeyDto } from './api-key.dto';
import { ProfilesClient } from './profiles.client';

@ApiTags('api keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly profiles: ProfilesClient) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key' })
  @SignedInAs('company')
  @ApiCreatedResponse({ type: CreatedApiKeyDto, description: 'The new key, shown this once' })
  @ProblemResponses(400, 401, 403)
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: ApiKeyCreateDto,
    @Traceparent() traceparent?: string,
  ): Promise<CreatedApiKeyDto> {
    return this.profiles.createApiKey(principal, input, traceparent);
  }

  @Get()
  @ApiOperation({ summary: "List your company's API keys" })
  @Roles('company')
  @ApiOkResponse({ type: [ApiKeyDto], description: "The company's keys, newest first, without the keys themselves" })
  @ProblemResponses(401, 403)
  list(@CurrentPrincipal() principal: Principal, @Traceparent() traceparent?: string): Promise<ApiKeyDto[]> {
    return this.profiles.listApiKeys(principal, traceparent);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke an API key' })
  @SignedInAs('company')
  @ApiOkResponse({ type: ApiKeyDto, description: 'The key, now revoked' })
  @ProblemResponses(400, 401, 403, 404)
  revoke(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApiKeyIdParams,
    @Traceparent() traceparent?: string,
  ): Promise<ApiKeyDto> {
    return this.profiles.revokeApiKey(principal, params.id, traceparent);
  }
}
