import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { ApiKeyCreateDto, ApiKeyDto, ApiKeyIdParams, CreatedApiKeyDto } from './api-key.dto';
import { ProfilesClient } from './profiles.client';

@ApiTags('api keys')
@ApiBearerAuth()
@Roles('company')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly profiles: ProfilesClient) {}

  @Post()
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
  @ApiOkResponse({ type: [ApiKeyDto], description: "The company's keys, newest first, without the keys themselves" })
  @ProblemResponses(401, 403)
  list(@CurrentPrincipal() principal: Principal, @Traceparent() traceparent?: string): Promise<ApiKeyDto[]> {
    return this.profiles.listApiKeys(principal, traceparent);
  }

  @Delete(':id')
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
