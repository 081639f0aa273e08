import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** Industries and certifications: small reference tables that careers and skills point at. */
@Injectable()
export class ReferenceDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertIndustry(
    industry: { slug: string; name: string; description: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO industries (slug, name, description) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING`,
      [industry.slug, industry.name, industry.description],
    );
  }

  async insertCertification(
    certification: { slug: string; name: string; issuer: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO certifications (slug, name, issuer) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING`,
      [certification.slug, certification.name, certification.issuer],
    );
  }

  /** Links the skill to the named certifications; returns the slugs that do not exist. */
  async linkCertifications(
    skillId: string,
    slugs: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    if (slugs.length === 0) return [];
    const found: Array<{ id: string; slug: string }> = await manager.query(
      `SELECT id, slug FROM certifications WHERE slug = ANY($1::text[])`,
      [slugs],
    );
    await manager.query(
      `INSERT INTO skill_certifications (skill_id, certification_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [skillId, found.map((row) => row.id)],
    );
    const known = new Set(found.map((row) => row.slug));
    return slugs.filter((slug) => !known.has(slug));
  }
}
