import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  CareerCreateInput,
  CareerSkillInput,
  CareerSummary,
  CareerUpdateInput,
  CareerView,
} from '@skillproof/contracts';
import { updateBySlug, type WritableColumn } from './update-by-slug.sql';

export interface CareerSearch {
  q?: string;
  offset: number;
  limit: number;
}

interface CareerRow {
  slug: string;
  role: string;
  summary: string;
  salary_ranges: CareerView['salaryRanges'];
  interests: string[];
  skills: CareerView['skills'];
  industries: CareerView['industries'];
  updated_at: Date;
}

const CAREER_COLUMNS = `
  c.slug, c.role, c.summary, c.salary_ranges, c.interests, c.updated_at,
  COALESCE((SELECT json_agg(json_build_object('slug', s.slug, 'name', s.name, 'weight', cs.weight, 'level', cs.level)
                            ORDER BY cs.weight DESC, s.name)
              FROM career_skills cs JOIN skills s ON s.id = cs.skill_id
             WHERE cs.career_id = c.id), '[]') AS skills,
  COALESCE((SELECT json_agg(json_build_object('slug', i.slug, 'name', i.name) ORDER BY i.name)
              FROM career_industries ci JOIN industries i ON i.id = ci.industry_id
             WHERE ci.career_id = c.id), '[]') AS industries`;

type ColumnField = 'role' | 'summary' | 'salaryRanges' | 'interests';

const WRITABLE_COLUMNS: Record<ColumnField, WritableColumn> = {
  role: { column: 'role', json: false },
  summary: { column: 'summary', json: false },
  salaryRanges: { column: 'salary_ranges', json: true },
  interests: { column: 'interests', json: true },
};

@Injectable()
export class CareerRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findBySlug(slug: string, manager: EntityManager = this.dataSource.manager): Promise<CareerView | null> {
    const rows: CareerRow[] = await manager.query(`SELECT ${CAREER_COLUMNS} FROM careers c WHERE c.slug = $1`, [slug]);
    return rows.length === 0 ? null : toView(rows[0]);
  }

  /** Every career with its weighted skills: the input of career match (the catalogue has dozens). */
  async findAll(manager: EntityManager = this.dataSource.manager): Promise<CareerView[]> {
    const rows: CareerRow[] = await manager.query(`SELECT ${CAREER_COLUMNS} FROM careers c ORDER BY c.slug`);
    return rows.map(toView);
  }

  /** Same ranking idea as skill search: full-text rank plus twice the trigram similarity of the role. */
  async search(query: CareerSearch): Promise<CareerSummary[]> {
    if (!query.q) {
      return this.dataSource.query(
        `SELECT slug, role, summary, salary_ranges AS "salaryRanges" FROM careers
          ORDER BY role, slug OFFSET $1 LIMIT $2`,
        [query.offset, query.limit],
      );
    }
    return this.dataSource.query(
      `WITH query AS (SELECT websearch_to_tsquery('english', $1) AS words, lower($1) AS text)
       SELECT c.slug, c.role, c.summary, c.salary_ranges AS "salaryRanges"
         FROM careers c, query
        WHERE c.search_vector @@ query.words
           OR similarity(lower(c.role), query.text) >= 0.3
           OR word_similarity(query.text, lower(c.role)) >= 0.5
        ORDER BY ts_rank(c.search_vector, query.words) + 2 * similarity(lower(c.role), query.text) DESC, c.role, c.slug
       OFFSET $2 LIMIT $3`,
      [query.q, query.offset, query.limit],
    );
  }

  /** Ids of the industries that exist among `slugs`, by slug. */
  async industryIdsBySlugs(
    slugs: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    if (slugs.length === 0) return new Map();
    const rows: Array<{ id: string; slug: string }> = await manager.query(
      `SELECT id, slug FROM industries WHERE slug = ANY($1::text[])`,
      [slugs],
    );
    return new Map(rows.map((row) => [row.slug, row.id]));
  }

  /** Inserts the career row; returns its id, or null when the slug is taken. */
  async insert(career: CareerCreateInput, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO careers (slug, role, summary, salary_ranges, interests)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (slug) DO NOTHING
       RETURNING id`,
      [career.slug, career.role, career.summary, JSON.stringify(career.salaryRanges), JSON.stringify(career.interests)],
    );
    return rows[0]?.id ?? null;
  }

  update(
    slug: string,
    changes: CareerUpdateInput,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    return updateBySlug('careers', WRITABLE_COLUMNS, slug, changes, manager);
  }

  /** Replaces the career's weighted skills; `skillIds` maps each input's slug to its id. */
  async replaceSkills(
    careerId: string,
    skills: CareerSkillInput[],
    skillIds: Map<string, string>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(`DELETE FROM career_skills WHERE career_id = $1`, [careerId]);
    await manager.query(
      `INSERT INTO career_skills (career_id, skill_id, weight, level)
       SELECT $1, link.skill_id, link.weight, link.level
         FROM unnest($2::uuid[], $3::smallint[], $4::smallint[]) AS link(skill_id, weight, level)`,
      [
        careerId,
        skills.map((entry) => skillIds.get(entry.skill)),
        skills.map((e) => e.weight),
        skills.map((e) => e.level),
      ],
    );
  }

  async replaceIndustries(
    careerId: string,
    industryIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(`DELETE FROM career_industries WHERE career_id = $1`, [careerId]);
    if (industryIds.length === 0) return;
    await manager.query(`INSERT INTO career_industries (career_id, industry_id) SELECT $1, unnest($2::uuid[])`, [
      careerId,
      industryIds,
    ]);
  }
}

function toView(row: CareerRow): CareerView {
  return {
    slug: row.slug,
    role: row.role,
    summary: row.summary,
    salaryRanges: row.salary_ranges,
    skills: row.skills,
    industries: row.industries,
    interests: row.interests,
    updatedAt: row.updated_at.toISOString(),
  };
}
