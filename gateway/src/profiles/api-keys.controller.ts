import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProfilesRequests, type Principal } from '@skillproof/contracts';
import { RequestClient } from '@skillproof/platform';
import { ApiKeyResolver } from '../auth/api-key-resolver';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { ApiKeyCreateDto, ApiKeyDto, ApiKeyIdParams, CreatedApiKeyDto } from './api-key.dto';

@ApiTags('api keys')
@ApiBearerAuth()
@Roles('company')
@Controller('api-keys')
export class ApiKeysController {
  constructor(
    private readonly services: RequestClient,
    private readonly resolver: ApiKeyResolver,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedApiKeyDto, description: 'The new key, shown this once' })
  @ProblemResponses(400, 401, 403)
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: ApiKeyCreateDto,
    @Traceparent() traceparent?: string,
  ): Promise<CreatedApiKeyDto> {
    return this.services.request(ProfilesRequests.createApiKey, { ...input, principal }, { traceparent });
  }

  @Get()
  @ApiOkResponse({ type: [ApiKeyDto], description: "The company's keys, newest first, without the keys themselves" })
  @ProblemResponses(401, 403)
  list(@CurrentPrincipal() principal: Principal, @Traceparent() traceparent?: string): Promise<ApiKeyDto[]> {
    return this.services.request(ProfilesRequests.listApiKeys, { principal }, { traceparent });
  }

  @Delete(':id')
  @ApiOkResponse({ type: ApiKeyDto, description: 'The key, now revoked' })
  @ProblemResponses(400, 401, 403, 404)
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApiKeyIdParams,
    @Traceparent() traceparent?: string,
  ): Promise<ApiKeyDto> {
    const revoked = await this.services.request(
      ProfilesRequests.revokeApiKey,
      { principal, id: params.id },
      { traceparent },
    );
    this.resolver.forget(revoked.id);
    return revoked;
  }
}
