import { api } from '../api/client';
import { slugWords } from '../components/format';

/**
 * Some answers name skills by slug only (verified skills, job requirements); this turns a slug into
 * the catalogue's name, from one cached read of the skill list.
 */
export function useSkillNames(): (slug: string) => string {
  const skills = api.useQuery('get', '/v1/skills', { params: { query: { limit: 100 } } }, { staleTime: Infinity });
  return (slug) => skills.data?.items.find((skill) => skill.slug === slug)?.name ?? slugWords(slug);
}
