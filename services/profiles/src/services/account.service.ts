import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthSession, LoginReply, LoginRequest, RefreshRequest, RegisterRequest } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import type { UserEntity } from '../entities/user.entity';
import { CandidateProfileRepository } from '../repositories/candidate-profile.repository';
import { UserRepository } from '../repositories/user.repository';
import { CompanyMembershipService } from './company-membership.service';
import { HandleGenerator } from './handle-generator.service';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher.service';
import { RefreshTokenService } from './refresh-token.service';
import { TokenSigner } from './token-signer.service';
import { toUserView } from './profile.views';

/** Same words for an unknown email and a wrong password, so the answer tells an attacker nothing. */
const BAD_CREDENTIALS = 'The email or password is not right';

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly profiles: CandidateProfileRepository,
    private readonly handles: HandleGenerator,
    private readonly hasher: PasswordHasher,
    private readonly signer: TokenSigner,
    private readonly throttle: LoginThrottle,
    private readonly refreshTokens: RefreshTokenService,
    private readonly membership: CompanyMembershipService,
  ) {}

  /**
   * A candidate gets a profile with a generated handle; a company account creates its company, or
   * joins the company of its invitation code (spent only if the account is made).
   */
  async register(request: RegisterRequest): Promise<AuthSession> {
    if (request.invitationCode !== undefined && request.role !== 'company') {
      throw DomainError.invalid('auth.invitation_for_company', 'An invitation code makes a company account', [
        { field: 'role', message: 'role must be "company" with an invitation code' },
      ]);
    }
    const email = normalizeEmail(request.email);
    const passwordHash = await this.hasher.hash(request.password);
    const user = await this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      const companyId = await this.companyToJoin(request, id, manager);
      const created = await this.users.insert(
        {
          id,
          email,
          passwordHash,
          name: request.name.trim(),
          role: request.role,
          companyId,
        },
        manager,
      );
      if (!created) throw DomainError.conflict('auth.email_taken', 'An account with this email already exists');
      if (created.role === 'candidate') {
        await this.profiles.insert(
          {
            userId: created.id,
            handle: await this.handles.forName(created.name, manager),
          },
          manager,
        );
      }
      return created;
    });
    return this.session(user);
  }

  private async companyToJoin(
    request: RegisterRequest,
    userId: string,
    manager: EntityManager,
  ): Promise<string | null> {
    if (request.role !== 'company') return null;
    if (request.invitationCode !== undefined) return this.membership.redeem(request.invitationCode, userId, manager);
    const companyId = randomUUID();
    await this.users.insertCompany({ id: companyId, name: request.companyName!.trim() }, manager);
    return companyId;
  }

  async login(request: LoginRequest): Promise<LoginReply> {
    const email = normalizeEmail(request.email);
    const retryAfterSeconds = await this.throttle.retryAfterSeconds(email, request.address);
    if (retryAfterSeconds > 0) return { retryAfterSeconds };
    const user = await this.users.findByEmail(email);
    const valid = user
      ? await this.hasher.verify(request.password, user.passwordHash)
      : await this.hasher.verifyNothing(request.password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, request.address);
      throw DomainError.unauthorized('auth.invalid_credentials', BAD_CREDENTIALS);
    }
    await this.throttle.recordSuccess(email, request.address);
    return { session: await this.session(user) };
  }

  /** A new access token for a refresh token, which is spent for its successor. */
  async refresh(request: RefreshRequest): Promise<AuthSession> {
    const { user, refreshToken } = await this.refreshTokens.rotate(request.refreshToken);
    return this.session(user, refreshToken);
  }

  async signOut(request: RefreshRequest): Promise<{ signedOut: true }> {
    await this.refreshTokens.revoke(request.refreshToken);
    return { signedOut: true };
  }

  private async session(user: UserEntity, refreshToken?: string): Promise<AuthSession> {
    return {
      accessToken: await this.signer.sign(user),
      expiresIn: this.signer.ttlSeconds,
      refreshToken: refreshToken ?? (await this.refreshTokens.issue(user, this.dataSource.manager)),
      user: toUserView(user),
    };
  }
}
