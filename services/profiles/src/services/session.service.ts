import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Outbox } from '@skillproof/bus';
import { SessionEvents, type Principal } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import type { ApiKeyEntity } from '../entities/api-key.entity';
import { UserRepository } from '../repositories/user.repository';

/**
 * Ends sessions and keys everywhere. The change and its event commit together; the event reaches
 * the sessions bucket that every gateway watches, and refresh tokens are checked against the
 * user's version here, so nothing signed before the change keeps working.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly outbox: Outbox,
  ) {}

  async signOutEverywhere(principal: Principal): Promise<{ signedOut: true }> {
    if (principal.via !== 'token') {
      throw DomainError.forbidden('auth.user_required', 'An API key acts for its company, not for a person');
    }
    await this.dataSource.transaction((manager) => this.endSessions(principal.userId, manager));
    return { signedOut: true };
  }

  /** Every access and refresh token the user holds stops working; they sign in again. */
  async endSessions(userId: string, manager: EntityManager): Promise<void> {
    const sessionVersion = await this.users.raiseSessionVersion(userId, manager);
    await this.outbox.add(manager, SessionEvents.sessionRevoked, { subject: userId, data: { userId, sessionVersion } });
  }

  async announceRevokedKeys(keys: ApiKeyEntity[], manager: EntityManager): Promise<void> {
    for (const key of keys) {
      await this.outbox.add(manager, SessionEvents.apiKeyRevoked, {
        subject: key.companyId,
        data: { keyId: key.id, companyId: key.companyId, revokedAt: key.revokedAt!.toISOString() },
      });
    }
  }
}
