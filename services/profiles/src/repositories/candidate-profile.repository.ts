import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CandidateProfileEntity } from '../entities/candidate-profile.entity';
import { UserEntity } from '../entities/user.entity';

export type ProfileChanges = Partial<
  Pick<CandidateProfileEntity, 'handle' | 'headline' | 'location' | 'links' | 'visibility'>
>;

export type NewProfile = Pick<CandidateProfileEntity, 'userId' | 'handle'> &
  Partial<Pick<CandidateProfileEntity, 'headline' | 'location' | 'links' | 'visibility'>>;

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class CandidateProfileRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<CandidateProfileEntity | null> {
    return manager.findOneBy(CandidateProfileEntity, { userId });
  }

  /** The public profile with this handle and its owner's name, or null when there is none. */
  async findPublicWithOwnerByHandle(
    handle: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ profile: CandidateProfileEntity; name: string } | null> {
    const profile = await manager.findOneBy(CandidateProfileEntity, { handle, visibility: 'public' });
    if (!profile) return null;
    const owner = await manager.findOneByOrFail(UserEntity, { id: profile.userId });
    return { profile, name: owner.name };
  }

  publicHandleExists(handle: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(CandidateProfileEntity, { handle, visibility: 'public' });
  }

  /** Inserts the profile unless the user has one; public with no links unless told otherwise. */
  async insert(profile: NewProfile, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CandidateProfileEntity)
      .values({ links: [], visibility: 'public', ...profile })
      .orIgnore()
      .execute();
  }

  /** Applies the changes; returns false when the handle (new, or made public) is another public profile's. */
  async update(
    userId: string,
    changes: ProfileChanges,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    try {
      await manager.update(CandidateProfileEntity, { userId }, changes);
      return true;
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) return false;
      throw error;
    }
  }

  /** Makes the profile private; its data stays for when its owner is a candidate again. */
  async hide(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(CandidateProfileEntity, { userId }, { visibility: 'private' });
  }

  async renameUser(userId: string, name: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(UserEntity, { id: userId }, { name });
  }
}
