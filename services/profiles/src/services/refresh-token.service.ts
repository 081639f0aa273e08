import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, DomainError } from '@skillproof/platform';
import { ProfilesConfig } from '../config/profiles.config';
import type { UserEntity } from '../entities/user.entity';
import { RefreshTokenRepository } from '../repositories/refresh-token.repository';
import { UserRepository } from '../repositories/user.repository';

const PREFIX = 'rt_';

const hashOf = (token: string): string => createHash('sha256').update(token).digest('base64url');

const invalid = (): DomainError =>
  DomainError.unauthorized('auth.invalid_refresh_token', 'This refresh token is unknown, expired or revoked');

/**
 * Refresh tokens with rotation and reuse detection: every use hands out a successor and spends the
 * token; presenting a spent token again means two parties hold it, so the whole sign-in is revoked
 * and both must sign in again.
 */
@Injectable()
export class RefreshTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: RefreshTokenRepository,
    private readonly users: UserRepository,
    private readonly config: ProfilesConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * A new token: of a new sign-in under the user's session version, or (with `familyId`) the
   * successor within one, which keeps the version its sign-in began under.
   */
  async issue(
    user: Pick<UserEntity, 'id' | 'sessionVersion'>,
    manager: EntityManager,
    familyId: string = randomUUID(),
  ): Promise<string> {
    const token = PREFIX + randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.tokens.insert(
      {
        userId: user.id,
        familyId,
        sessionVersion: user.sessionVersion,
        tokenHash: hashOf(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1_000),
      },
      manager,
    );
    return token;
  }

  /**
   * Spends a token for its successor; returns whose it was and the successor. A token of a sign-in
   * older than the user's session version (role changed, removed, signed out everywhere) is refused.
   */
  async rotate(token: string): Promise<{ user: UserEntity; refreshToken: string }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await this.tokens.findByHashForUpdate(hashOf(token), manager);
      const now = this.clock.now();
      if (!stored || stored.revokedAt || stored.expiresAt <= now) return undefined;
      if (stored.usedAt) {
        await this.tokens.revokeFamily(stored.familyId, now, manager);
        return 'reused' as const;
      }
      const user = await this.users.findById(stored.userId, manager);
      if (!user || user.sessionVersion > stored.sessionVersion) return undefined;
      await this.tokens.markUsed(stored.id, now, manager);
      const refreshToken = await this.issue(
        { id: user.id, sessionVersion: stored.sessionVersion },
        manager,
        stored.familyId,
      );
      return { user, refreshToken };
    });
    if (outcome === 'reused') {
      throw DomainError.unauthorized(
        'auth.refresh_token_reused',
        'This refresh token was used before; the sign-in it belongs to has been revoked',
      );
    }
    if (!outcome) throw invalid();
    return outcome;
  }

  /** Revokes the sign-in a token belongs to, spent or not; an unknown token changes nothing. */
  async revoke(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const stored = await this.tokens.findByHashForUpdate(hashOf(token), manager);
      if (stored) await this.tokens.revokeFamily(stored.familyId, this.clock.now(), manager);
    });
  }
}
