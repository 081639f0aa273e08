import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { CandidateProfileEntity } from '../entities/candidate-profile.entity';
import { UserEntity } from '../entities/user.entity';

export type ProfileChanges = Partial<
  Pick<CandidateProfileEntity, 'handle' | 'headline' | 'location' | 'links' | 'visibility'>
>;

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class CandidateProfileRepository {
  constructor(
    @InjectRepository(CandidateProfileEntity) private readonly profiles: Repository<CandidateProfileEntity>,
  ) {}

  findByUser(userId: string): Promise<CandidateProfileEntity | null> {
    return this.profiles.findOneBy({ userId });
  }

  /** The profile with its owner's name, or null when no such handle exists. */
  async findWithOwnerByHandle(handle: string): Promise<{ profile: CandidateProfileEntity; name: string } | null> {
    const profile = await this.profiles.findOneBy({ handle });
    if (!profile) return null;
    const owner = await this.profiles.manager.findOneByOrFail(UserEntity, { id: profile.userId });
    return { profile, name: owner.name };
  }

  handleExists(handle: string, manager: EntityManager = this.profiles.manager): Promise<boolean> {
    return manager.existsBy(CandidateProfileEntity, { handle });
  }

  async insert(manager: EntityManager, profile: Pick<CandidateProfileEntity, 'userId' | 'handle'>): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CandidateProfileEntity)
      .values({ ...profile, links: [], visibility: 'public' })
      .orIgnore()
      .execute();
  }

  /** Applies the changes; returns false when the new handle belongs to someone else. */
  async update(manager: EntityManager, userId: string, changes: ProfileChanges): Promise<boolean> {
    try {
      await manager.update(CandidateProfileEntity, { userId }, changes);
      return true;
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) return false;
      throw error;
    }
  }

  async renameUser(manager: EntityManager, userId: string, name: string): Promise<void> {
    await manager.update(UserEntity, { id: userId }, { name });
  }
}
