import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { SkillCreateInput } from '@skillproof/contracts';
import { SKILL_SEEDS_V1 } from '../v1/skills';
import { SKILL_SEEDS_V2 } from './web-languages.seed';

describe('catalogue seed v2', () => {
  it('adds javascript and typescript as valid admin input, relating only to skills that exist', () => {
    const known = new Set([...SKILL_SEEDS_V1, ...SKILL_SEEDS_V2].map((skill) => skill.slug));
    expect(SKILL_SEEDS_V2.map((skill) => skill.slug)).toEqual(['javascript', 'typescript']);
    for (const { certifications: _certifications, ...skill } of SKILL_SEEDS_V2) {
      const errors = validateSync(plainToInstance(SkillCreateInput, skill)).map(String);
      expect({ slug: skill.slug, errors }).toEqual({ slug: skill.slug, errors: [] });
      expect(skill.relatedSkills.filter((slug) => !known.has(slug))).toEqual([]);
      expect(SKILL_SEEDS_V1.some((existing) => existing.slug === skill.slug)).toBe(false);
    }
  });
});
