import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Level, SkillCreateInput, SkillSummary, SkillUpdateInput, SkillView } from '@skillproof/contracts';
import { updateBySlug, type WritableColumn } from './update-by-slug.sql';

export interface SkillSearch {
  q?: string;
  category?: string;
  offset: number;
  limit: number;
}

const SUMMARY_COLUMNS = `s.slug, s.name, s.category, s.tier, s.summary, s.difficulty, s.tools`;

type ColumnField = Exclude<keyof SkillUpdateInput, 'relatedSkills'>;

/** Columns an admin may change, by the input field that carries them (related skills are edges, not a column). */
const WRITABLE_COLUMNS: Record<ColumnField, WritableColumn> = {
  name: { column: 'name', json: false },
  category: { column: 'category', json: false },
  tier: { column: 'tier', json: false },
  summary: { column: 'summary', json: false },
  description: { column: 'description', json: false },
  whyItMatters: { column: 'why_it_matters', json: false },
  difficulty: { column: 'difficulty', json: false },
  timeToLearn: { column: 'time_to_learn', json: false },
  salaryImpact: { column: 'salary_impact', json: false },
  salaryByRegion: { column: 'salary_by_region', json: true },
  careerPaths: { column: 'career_paths', json: true },
  tools: { column: 'tools', json: true },
  faq: { column: 'faq', json: true },
  subTopics: { column: 'sub_topics', json: true },
};

interface SkillPageRow {
  slug: string;
  name: string;
  category: string;
  tier: number;
  summary: string;
  description: string;
  why_it_matters: string;
  difficulty: Level;
  time_to_learn: string;
  salary_impact: string;
  salary_by_region: SkillView['salaryByRegion'];
  career_paths: string[];
  tools: string[];
  faq: SkillView['faq'];
  sub_topics: string[];
  related_skills: SkillView['relatedSkills'];
  certifications: SkillView['certifications'];
  updated_at: Date;
}

@Injectable()
export class SkillRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The whole page in one round trip: the row, its related skills in order, its certifications. */
  async findPage(slug: string, manager: EntityManager = this.dataSource.manager): Promise<SkillView | null> {
    const rows: SkillPageRow[] = await manager.query(
      `SELECT s.slug, s.name, s.category, s.tier, s.summary, s.description, s.why_it_matters, s.difficulty,
              s.time_to_learn, s.salary_impact, s.salary_by_region, s.career_paths, s.tools, s.faq, s.sub_topics,
              s.updated_at,
              COALESCE((SELECT json_agg(json_build_object('slug', r.slug, 'name', r.name) ORDER BY sr.position)
                          FROM skill_relations sr JOIN skills r ON r.id = sr.related_skill_id
                         WHERE sr.skill_id = s.id), '[]') AS related_skills,
              COALESCE((SELECT json_agg(json_build_object('slug', c.slug, 'name', c.name, 'issuer', c.issuer)
                                        ORDER BY c.name)
                          FROM skill_certifications sc JOIN certifications c ON c.id = sc.certification_id
                         WHERE sc.skill_id = s.id), '[]') AS certifications
         FROM skills s
        WHERE s.slug = $1`,
      [slug],
    );
    return rows.length === 0 ? null : toView(rows[0]);
  }

  /**
   * Ranked search. A row matches when its search vector matches the words (stemmed: "learning"
   * finds "learn"), or its name or tools are close in trigrams (typos: "machne lerning"). The score
   * adds the full-text rank (name weighs most, then summary, tools, description) to twice the
   * trigram similarity of the name, so a near-exact name beats a skill that only mentions the words.
   */
  async search(query: SkillSearch): Promise<SkillSummary[]> {
    const category = query.category ?? null;
    if (!query.q) {
      return this.dataSource.query(
        `SELECT ${SUMMARY_COLUMNS} FROM skills s
          WHERE ($1::text IS NULL OR s.category = $1)
          ORDER BY s.tier, s.name, s.slug
         OFFSET $2 LIMIT $3`,
        [category, query.offset, query.limit],
      );
    }
    return this.dataSource.query(
      `WITH query AS (SELECT websearch_to_tsquery('english', $1) AS words, lower($1) AS text)
       SELECT ${SUMMARY_COLUMNS}
         FROM skills s, query
        WHERE ($2::text IS NULL OR s.category = $2)
          AND (s.search_vector @@ query.words
               OR similarity(lower(s.name), query.text) >= 0.3
               OR word_similarity(query.text, s.trigram_text) >= 0.5)
        ORDER BY ts_rank(s.search_vector, query.words)
                 + 2 * similarity(lower(s.name), query.text)
                 + 0.5 * word_similarity(query.text, s.trigram_text) DESC,
                 s.tier, s.name, s.slug
       OFFSET $3 LIMIT $4`,
      [query.q, category, query.offset, query.limit],
    );
  }

  /** Ids of the skills that exist among `slugs`, by slug. */
  async idsBySlugs(slugs: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    if (slugs.length === 0) return new Map();
    const rows: Array<{ id: string; slug: string }> = await manager.query(
      `SELECT id, slug FROM skills WHERE slug = ANY($1::text[])`,
      [slugs],
    );
    return new Map(rows.map((row) => [row.slug, row.id]));
  }

  /** Inserts the skill; returns its id, or null when the slug is taken. */
  async insert(skill: SkillCreateInput, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO skills (slug, name, category, tier, summary, description, why_it_matters, difficulty,
                           time_to_learn, salary_impact, salary_by_region, career_paths, tools, faq, sub_topics)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (slug) DO NOTHING
       RETURNING id`,
      [
        skill.slug,
        skill.name,
        skill.category,
        skill.tier,
        skill.summary,
        skill.description,
        skill.whyItMatters,
        skill.difficulty,
        skill.timeToLearn,
        skill.salaryImpact,
        JSON.stringify(skill.salaryByRegion),
        JSON.stringify(skill.careerPaths),
        JSON.stringify(skill.tools),
        JSON.stringify(skill.faq),
        JSON.stringify(skill.subTopics),
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Applies the given fields and bumps `updated_at`; returns the id, or null for an unknown slug. */
  update(
    slug: string,
    changes: SkillUpdateInput,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    return updateBySlug('skills', WRITABLE_COLUMNS, slug, changes, manager);
  }

  /** Replaces the skill's outgoing edges of the related-skill graph, keeping the given order. */
  async replaceRelations(
    skillId: string,
    relatedIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(`DELETE FROM skill_relations WHERE skill_id = $1`, [skillId]);
    if (relatedIds.length === 0) return;
    await manager.query(
      `INSERT INTO skill_relations (skill_id, related_skill_id, position)
       SELECT $1, related.id, related.position
         FROM unnest($2::uuid[]) WITH ORDINALITY AS related(id, position)`,
      [skillId, relatedIds],
    );
  }
}

function toView(row: SkillPageRow): SkillView {
  return {
    slug: row.slug,
    name: row.name,
    category: row.category,
    tier: row.tier,
    summary: row.summary,
    description: row.description,
    whyItMatters: row.why_it_matters,
    difficulty: row.difficulty,
    timeToLearn: row.time_to_learn,
    salaryImpact: row.salary_impact,
    salaryByRegion: row.salary_by_region,
    careerPaths: row.career_paths,
    tools: row.tools,
    faq: row.faq,
    subTopics: row.sub_topics,
    relatedSkills: row.related_skills,
    certifications: row.certifications,
    updatedAt: row.updated_at.toISOString(),
  };
}
