import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { JobStatus } from '@skillproof/contracts';
import { JobEntity } from '../entities/job.entity';

export interface JobSearch {
  skill?: string;
  q?: string;
  remote?: boolean;
  /** Position after which the page starts, newest first. */
  after?: { postedAt: string; id: string };
  limit: number;
}

@Injectable()
export class JobRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(
    job: Omit<JobEntity, 'id' | 'postedAt' | 'closedAt' | 'status'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<JobEntity> {
    const repository = manager.getRepository(JobEntity);
    return repository.save(repository.create({ ...job, status: 'open', postedAt: new Date(), closedAt: null }));
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<JobEntity | null> {
    return manager.getRepository(JobEntity).findOneBy({ id });
  }

  async setStatus(id: string, status: JobStatus, manager: EntityManager = this.dataSource.manager): Promise<JobEntity> {
    const repository = manager.getRepository(JobEntity);
    await repository.update({ id }, { status, closedAt: status === 'closed' ? new Date() : null });
    return repository.findOneByOrFail({ id });
  }

  /** Open jobs, newest first; `q` matches words of the title, description or location. */
  searchOpen(search: JobSearch): Promise<JobEntity[]> {
    const query = this.dataSource
      .getRepository(JobEntity)
      .createQueryBuilder('job')
      .where(`job.status = 'open'`)
      .orderBy('job.postedAt', 'DESC')
      .addOrderBy('job.id', 'DESC')
      .take(search.limit);
    if (search.skill)
      query.andWhere('job.skills @> CAST(:skill AS jsonb)', { skill: JSON.stringify([{ skill: search.skill }]) });
    if (search.remote !== undefined) query.andWhere('job.remote = :remote', { remote: search.remote });
    if (search.q) {
      query.andWhere(
        `to_tsvector('simple', job.title || ' ' || job.description || ' ' || job.location)
           @@ plainto_tsquery('simple', :q)`,
        { q: search.q },
      );
    }
    if (search.after) {
      query.andWhere('(job.postedAt, job.id) < (:postedAt, :id)', search.after);
    }
    return query.getMany();
  }

  /** Open jobs that require at least one of the skills. */
  findOpenRequiringAny(skills: string[]): Promise<JobEntity[]> {
    if (skills.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(JobEntity)
      .createQueryBuilder('job')
      .where(`job.status = 'open'`)
      .andWhere(`jsonb_path_query_array(job.skills, '$[*].skill') ?| :skills`, { skills })
      .getMany();
  }
}
