import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CareerCreateInput, SkillCreateInput } from '@skillproof/contracts';
import { CAREER_SEEDS_V1 } from './careers.seed';
import { CERTIFICATION_SEEDS_V1 } from './certifications.seed';
import { INDUSTRY_SEEDS_V1 } from './industries.seed';
import { SKILL_SEEDS_V1 } from './skills';

/** Seed data obeys the same rules as an admin's input, so the demo never shows what the API would refuse. */
describe('catalogue seed v1', () => {
  const skillSlugs = new Set(SKILL_SEEDS_V1.map((skill) => skill.slug));

  it('has Machine Learning and at least 25 neighbouring skills, each valid as admin input', () => {
    expect(skillSlugs.has('machine-learning')).toBe(true);
    expect(SKILL_SEEDS_V1.length).toBeGreaterThanOrEqual(26);
    for (const { certifications: _certifications, ...skill } of SKILL_SEEDS_V1) {
      const errors = validateSync(plainToInstance(SkillCreateInput, skill)).map((error) => error.toString());
      expect({ slug: skill.slug, errors }).toEqual({ slug: skill.slug, errors: [] });
    }
  });

  it('has at least 12 careers, each valid, naming only seeded skills and industries', () => {
    const industries = new Set(INDUSTRY_SEEDS_V1.map((industry) => industry.slug));
    expect(CAREER_SEEDS_V1.length).toBeGreaterThanOrEqual(12);
    for (const career of CAREER_SEEDS_V1) {
      const errors = validateSync(plainToInstance(CareerCreateInput, career)).map((error) => error.toString());
      expect({ slug: career.slug, errors }).toEqual({ slug: career.slug, errors: [] });
      expect(career.skills.filter((entry) => !skillSlugs.has(entry.skill))).toEqual([]);
      expect(career.industries.filter((slug) => !industries.has(slug))).toEqual([]);
    }
  });

  it('relates skills and certifications that exist', () => {
    const certifications = new Set(CERTIFICATION_SEEDS_V1.map((certification) => certification.slug));
    for (const skill of SKILL_SEEDS_V1) {
      expect({ skill: skill.slug, unknown: skill.relatedSkills.filter((slug) => !skillSlugs.has(slug)) }).toEqual({
        skill: skill.slug,
        unknown: [],
      });
      expect((skill.certifications ?? []).filter((slug) => !certifications.has(slug))).toEqual([]);
    }
  });

  it('uses every slug once', () => {
    expect(skillSlugs.size).toBe(SKILL_SEEDS_V1.length);
    expect(new Set(CAREER_SEEDS_V1.map((career) => career.slug)).size).toBe(CAREER_SEEDS_V1.length);
  });
});
