import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProfilesConfig } from '../config/profiles.config';
import { CandidateProfileRepository } from '../repositories/candidate-profile.repository';
import { UserRepository } from '../repositories/user.repository';
import { normalizeEmail } from '../services/account.service';
import { PasswordHasher } from '../services/password-hasher.service';
import { DEMO_COMPANY, DEMO_PROFILES, DEMO_USERS, NO_PASSWORD } from './demo-accounts.seed';

/**
 * Loads the demo company and candidates, and the admin named by ADMIN_EMAIL/ADMIN_PASSWORD, the only
 * way an admin account comes to exist. Rows are inserted only when missing, so restarts change nothing.
 */
@Injectable()
export class AccountSeedLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(AccountSeedLoader.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ProfilesConfig,
    private readonly users: UserRepository,
    private readonly profiles: CandidateProfileRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.users.insertCompany(DEMO_COMPANY, manager);
      for (const user of DEMO_USERS) await this.users.insert({ ...user, passwordHash: NO_PASSWORD }, manager);
      for (const profile of DEMO_PROFILES) await this.profiles.insert(profile, manager);
    });
    await this.seedAdmin();
  }

  private async seedAdmin(): Promise<void> {
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.config;
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
    const email = normalizeEmail(ADMIN_EMAIL);
    if (await this.users.existsWithEmail(email)) return;
    const passwordHash = await this.hasher.hash(ADMIN_PASSWORD);
    const created = await this.users.insert({
      id: randomUUID(),
      email,
      passwordHash,
      name: 'Administrator',
      role: 'admin',
      companyId: null,
    });
    if (created) this.logger.log(`Admin account ${email} created`);
  }
}
