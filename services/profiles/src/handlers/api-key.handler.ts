import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ApiKeyCreateRequest,
  ApiKeyListRequest,
  ApiKeyResolveRequest,
  ApiKeyRevokeRequest,
  ProfilesRequests,
  type ApiKeyResolution,
  type ApiKeyView,
  type CreatedApiKey,
} from '@skillproof/contracts';
import { ApiKeyService } from '../services/api-key.service';

@Controller()
export class ApiKeyHandler {
  constructor(private readonly keys: ApiKeyService) {}

  @MessagePattern(ProfilesRequests.createApiKey.subject)
  create(@Payload() request: ApiKeyCreateRequest): Promise<CreatedApiKey> {
    return this.keys.create(request);
  }

  @MessagePattern(ProfilesRequests.listApiKeys.subject)
  list(@Payload() request: ApiKeyListRequest): Promise<ApiKeyView[]> {
    return this.keys.list(request.principal);
  }

  @MessagePattern(ProfilesRequests.revokeApiKey.subject)
  revoke(@Payload() request: ApiKeyRevokeRequest): Promise<ApiKeyView> {
    return this.keys.revoke(request.principal, request.id);
  }

  @MessagePattern(ProfilesRequests.resolveApiKey.subject)
  resolve(@Payload() request: ApiKeyResolveRequest): Promise<ApiKeyResolution> {
    return this.keys.resolve(request.key);
  }
}
