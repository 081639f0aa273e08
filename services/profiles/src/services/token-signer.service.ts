import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { SignJWT, exportJWK, importPKCS8, type CryptoKey } from 'jose';
import { SESSION_VERSION_CLAIM, type SigningKeySet } from '@skillproof/contracts';
import { Clock } from '@skillproof/platform';
import { ProfilesConfig } from '../config/profiles.config';
import { SigningKeyRepository } from '../repositories/signing-key.repository';
import type { UserEntity } from '../entities/user.entity';

export const TOKEN_ISSUER = 'skillproof/profiles';
const ALGORITHM = 'EdDSA';

interface ActiveKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: Record<string, unknown>;
}

/**
 * Signs access tokens with Ed25519. The key comes from JWT_PRIVATE_KEY, or else from the database,
 * where the first replica to start stores a generated one that every later start reuses.
 */
@Injectable()
export class TokenSigner implements OnApplicationBootstrap {
  private active?: ActiveKey;

  constructor(
    private readonly config: ProfilesConfig,
    private readonly keys: SigningKeyRepository,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const pem = this.config.JWT_PRIVATE_KEY ?? (await this.storedOrGeneratedPem());
    const privateKey = await importPKCS8(pem, ALGORITHM, { extractable: true });
    const { d: _private, ...publicJwk } = await exportJWK(privateKey);
    const kid = createHash('sha256').update(JSON.stringify(publicJwk)).digest('base64url').slice(0, 16);
    this.active = { kid, privateKey, publicJwk: { ...publicJwk, kid, alg: ALGORITHM, use: 'sig' } };
  }

  get ttlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  sign(user: UserEntity): Promise<string> {
    const key = this.key();
    const issuedAt = Math.floor(this.clock.now().getTime() / 1_000);
    return new SignJWT({
      role: user.role,
      ...(user.companyId ? { companyId: user.companyId } : {}),
      [SESSION_VERSION_CLAIM]: user.sessionVersion,
    })
      .setProtectedHeader({ alg: ALGORITHM, kid: key.kid })
      .setSubject(user.id)
      .setIssuer(TOKEN_ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(key.privateKey);
  }

  keySet(): SigningKeySet {
    return { keys: [this.key().publicJwk] };
  }

  private key(): ActiveKey {
    if (!this.active) throw new Error('The token signing key is not loaded yet');
    return this.active;
  }

  private async storedOrGeneratedPem(): Promise<string> {
    const stored = await this.keys.findNewest();
    if (stored) return stored.privateKeyPem;
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    // Two replicas starting together may both generate; the insert keeps one and both use it.
    await this.keys.insertIfNone('generated', pem);
    return (await this.keys.findNewest())!.privateKeyPem;
  }
}
