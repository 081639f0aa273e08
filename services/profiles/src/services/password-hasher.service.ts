import { Injectable } from '@nestjs/common';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ProfilesConfig } from '../config/profiles.config';

const KEY_LENGTH = 32;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { ...options, maxmem: 256 * options.N! * BLOCK_SIZE }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * scrypt with a per-user salt. The parameters are stored with each hash (`scrypt$N$r$p$salt$hash`),
 * so raising the cost later still verifies the passwords hashed before.
 */
@Injectable()
export class PasswordHasher {
  private readonly cost: number;
  /** Verified against when the email is unknown, so that answer takes as long as a wrong password. */
  private decoy?: Promise<string>;

  constructor(config: ProfilesConfig) {
    this.cost = 2 ** config.PASSWORD_HASH_COST;
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await derive(password, salt, { N: this.cost, r: BLOCK_SIZE, p: PARALLELISM });
    return ['scrypt', this.cost, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const [scheme, n, r, p, salt, expected] = stored.split('$');
    if (scheme !== 'scrypt' || !salt || !expected) return false;
    const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
    const wanted = Buffer.from(expected, 'base64');
    return wanted.length === key.length && timingSafeEqual(wanted, key);
  }

  /** Spends the same work as `verify` and always fails. */
  async verifyNothing(password: string): Promise<false> {
    this.decoy ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(password, await this.decoy);
    return false;
  }
}
