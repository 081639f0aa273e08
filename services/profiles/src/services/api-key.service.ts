import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type {
  ApiKeyCreateRequest,
  ApiKeyResolution,
  ApiKeyView,
  CreatedApiKey,
  Principal,
} from '@skillproof/contracts';
import { DataSource } from 'typeorm';
import { Clock, DomainError } from '@skillproof/platform';
import { ApiKeyRepository } from '../repositories/api-key.repository';
import { companyOf, memberCompanyOf } from './company-member.policy';
import { toApiKeyView } from './profile.views';
import { SessionService } from './session.service';

const KEY_PREFIX = 'sk_live_';
const MEMBER_ACTION = 'create or revoke API keys';

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Company API keys: 256 random bits shown once, stored only as a hash, revocable at any time. */
@Injectable()
export class ApiKeyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: ApiKeyRepository,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
  ) {}

  async create(request: ApiKeyCreateRequest): Promise<CreatedApiKey> {
    const companyId = memberCompanyOf(request.principal, 'api_key', MEMBER_ACTION);
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
    return (await this.keys.listByCompany(companyOf(principal, 'api_key', 'manage API keys'))).map(toApiKeyView);
  }

  /** Another company's key answers as unknown, so key ids cannot be probed across companies. */
  /** Every gateway refuses the key within a moment, cached or not (see SessionService). */
  async revoke(principal: Principal, id: string): Promise<ApiKeyView> {
    const companyId = memberCompanyOf(principal, 'api_key', MEMBER_ACTION);
    const revoked = await this.dataSource.transaction(async (manager) => {
      const key = await this.keys.findOfCompanyForUpdate(id, companyId, manager);
      if (!key) throw DomainError.notFound('api_key', id);
      if (key.revokedAt) return key;
      const now = await this.keys.revoke(key, this.clock.now(), manager);
      await this.sessions.announceRevokedKeys([now], manager);
      return now;
    });
    return toApiKeyView(revoked);
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
