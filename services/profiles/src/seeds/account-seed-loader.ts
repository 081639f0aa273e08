import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProfilesConfig } from '../config/profiles.config';
import { CandidateProfileEntity } from '../entities/candidate-profile.entity';
import { CompanyEntity } from '../entities/company.entity';
import { UserEntity } from '../entities/user.entity';
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
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const insert = (entity: object, values: object[]) =>
        manager
          .createQueryBuilder()
          .insert()
          .into(entity as typeof UserEntity)
          .values(values)
          .orIgnore()
          .execute();
      await insert(CompanyEntity, [DEMO_COMPANY]);
      await insert(
        UserEntity,
        DEMO_USERS.map((user) => ({ ...user, passwordHash: NO_PASSWORD })),
      );
      await insert(CandidateProfileEntity, DEMO_PROFILES);
    });
    await this.seedAdmin();
  }

  private async seedAdmin(): Promise<void> {
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.config;
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
    const email = normalizeEmail(ADMIN_EMAIL);
    if (await this.dataSource.manager.existsBy(UserEntity, { email })) return;
    const passwordHash = await this.hasher.hash(ADMIN_PASSWORD);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ id: randomUUID(), email, passwordHash, name: 'Administrator', role: 'admin', companyId: null })
      .orIgnore()
      .execute();
    this.logger.log(`Admin account ${email} created`);
  }
}
