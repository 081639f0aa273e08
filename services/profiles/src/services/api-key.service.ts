import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type {
  ApiKeyCreateRequest,
  ApiKeyResolution,
  ApiKeyView,
  CreatedApiKey,
  Principal,
} from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import { ApiKeyRepository } from '../repositories/api-key.repository';
import { toApiKeyView } from './profile.views';

const KEY_PREFIX = 'sk_live_';

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Company API keys: 256 random bits shown once, stored only as a hash, revocable at any time. */
@Injectable()
export class ApiKeyService {
  constructor(private readonly keys: ApiKeyRepository) {}

  async create(request: ApiKeyCreateRequest): Promise<CreatedApiKey> {
    const companyId = memberCompanyOf(request.principal);
    const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const stored = await this.keys.insert({
      companyId,
      createdBy: request.principal.userId,
      name: request.name?.trim() || 'API key',
      prefix: key.slice(0, KEY_PREFIX.length + 6),
      keyHash: hashApiKey(key),
    });
    return { ...toApiKeyView(stored), key };
  }

  async list(principal: Principal): Promise<ApiKeyView[]> {
    return (await this.keys.listByCompany(companyOf(principal))).map(toApiKeyView);
  }

  /** Another company's key answers as unknown, so key ids cannot be probed across companies. */
  async revoke(principal: Principal, id: string): Promise<ApiKeyView> {
    const key = await this.keys.findOfCompany(id, memberCompanyOf(principal));
    if (!key) throw DomainError.notFound('api_key', id);
    return toApiKeyView(await this.keys.revoke(key));
  }

  async resolve(key: string): Promise<ApiKeyResolution> {
    const found = key.startsWith(KEY_PREFIX) ? await this.keys.findActiveByHash(hashApiKey(key)) : null;
    if (!found) return { principal: null };
    return {
      keyId: found.id,
      principal: { userId: found.createdBy, role: 'company', companyId: found.companyId, via: 'api-key' },
    };
  }
}

function companyOf(principal: Principal): string {
  if (principal.role !== 'company' || !principal.companyId) {
    throw DomainError.forbidden('api_key.company_only', 'Only company members manage API keys');
  }
  return principal.companyId;
}

/** Minting and revoking keys takes a person signed in: a leaked key must not be able to make more. */
function memberCompanyOf(principal: Principal): string {
  if (principal.via === 'api-key') {
    throw DomainError.forbidden('api_key.member_only', 'Sign in as a company member to create or revoke API keys');
  }
  return companyOf(principal);
}
