import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CandidateProfileEntity } from '../entities/candidate-profile.entity';
import { CompanyEntity } from '../entities/company.entity';
import { UserEntity } from '../entities/user.entity';
import type { Role } from '@skillproof/contracts';
import type { VerifiedSkillEntity } from '../entities/verified-skill.entity';

export type ProfileFields = Pick<CandidateProfileEntity, 'handle' | 'headline' | 'location' | 'links' | 'visibility'>;
export type PublicSkillFields = Pick<VerifiedSkillEntity, 'skill' | 'score' | 'level' | 'verifiedAt' | 'evidence'>;

/** An account with everything `GET /v1/me` shows of it. */
export interface OwnAccount {
  user: UserEntity;
  companyName: string | null;
  profile: ProfileFields | null;
  /** Publicly verified skills, best first. */
  skills: PublicSkillFields[];
}

interface OwnAccountRow {
  id: string;
  email: string;
  password_hash: string;
  name: string;
  role: UserEntity['role'];
  company_id: string | null;
  created_at: Date;
  session_version: number;
  company_name: string | null;
  handle: string | null;
  headline: string | null;
  location: string | null;
  links: string[] | null;
  visibility: CandidateProfileEntity['visibility'] | null;
  skills: Array<Omit<PublicSkillFields, 'verifiedAt'> & { verifiedAt: number }>;
}

/**
 * One round trip instead of four ORM reads: the read every signed-in page makes. The skills are
 * ordered as VerifiedSkillRepository.listPublicByCandidate orders them; `verifiedAt` travels as
 * epoch milliseconds, truncated as the pg driver truncates a timestamptz column.
 */
const OWN_ACCOUNT_SQL = `
  SELECT u.id, u.email, u.password_hash, u.name, u.role, u.company_id, u.created_at, u.session_version,
         c.name AS company_name, p.handle, p.headline, p.location, p.links, p.visibility,
         COALESCE(s.skills, '[]'::jsonb) AS skills
    FROM users u
    LEFT JOIN companies c ON c.id = u.company_id
    LEFT JOIN candidate_profiles p ON p.user_id = u.id
    LEFT JOIN LATERAL (
      SELECT jsonb_agg(
               jsonb_build_object('skill', v.skill, 'score', v.score, 'level', v.level,
                                  'verifiedAt', floor(extract(epoch FROM v.verified_at) * 1000), 'evidence', v.evidence)
               ORDER BY v.score DESC, v.skill ASC) AS skills
        FROM verified_skills v
       WHERE v.candidate_id = u.id AND v.score IS NOT NULL
    ) s ON true
   WHERE u.id = $1`;

@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { id });
  }

  async findOwnAccount(id: string, manager: EntityManager = this.dataSource.manager): Promise<OwnAccount | null> {
    const [row] = (await manager.query(OWN_ACCOUNT_SQL, [id])) as OwnAccountRow[];
    if (!row) return null;
    const user = Object.assign(new UserEntity(), {
      id: row.id,
      email: row.email,
      passwordHash: row.password_hash,
      name: row.name,
      role: row.role,
      companyId: row.company_id,
      createdAt: row.created_at,
      sessionVersion: row.session_version,
    });
    const profile =
      row.handle === null
        ? null
        : {
            handle: row.handle,
            headline: row.headline,
            location: row.location,
            links: row.links ?? [],
            visibility: row.visibility!,
          };
    const skills = row.skills.map((skill) => ({ ...skill, verifiedAt: new Date(skill.verifiedAt) }));
    return { user, companyName: row.company_name, profile, skills };
  }

  existsWithEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(UserEntity, { email });
  }

  /** Inserts the user, or returns null when the email is already taken. */
  async insert(
    user: Omit<UserEntity, 'createdAt' | 'sessionVersion'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ ...user, sessionVersion: 0 })
      .orIgnore()
      .returning('id')
      .execute();
    if ((result.raw as unknown[]).length === 0) return null;
    return manager.findOneByOrFail(UserEntity, { id: user.id });
  }

  /** Inserts the company unless one with its id exists. */
  async insertCompany(
    company: Omit<CompanyEntity, 'createdAt'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.createQueryBuilder().insert().into(CompanyEntity).values(company).orIgnore().execute();
  }

  findCompany(id: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyEntity | null> {
    return manager.findOneBy(CompanyEntity, { id });
  }

  findByIdForUpdate(id: string, manager: EntityManager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Locks the company's row, so that membership changes of one company happen one at a time and
   * two removals together cannot leave it without members.
   */
  async lockCompany(id: string, manager: EntityManager): Promise<CompanyEntity | null> {
    return manager.getRepository(CompanyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  listCompanyMembers(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity[]> {
    return manager.find(UserEntity, { where: { companyId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  countCompanyMembers(companyId: string, manager: EntityManager): Promise<number> {
    return manager.countBy(UserEntity, { companyId });
  }

  async setRole(id: string, role: Role, companyId: string | null, manager: EntityManager): Promise<void> {
    await manager.update(UserEntity, { id }, { role, companyId });
  }

  /** Raises the user's session version by one and returns it: every session signed before it ends. */
  async raiseSessionVersion(id: string, manager: EntityManager): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ sessionVersion: () => 'session_version + 1' })
      .where('id = :id', { id })
      .returning('session_version')
      .execute();
    return (result.raw as Array<{ session_version: number }>)[0].session_version;
  }
}
