import { api } from '../api/client';

/**
 * The options of a skill select: every catalogue skill (challenges and jobs may only name those),
 * after an optional empty choice. Until the list arrives, the current value stays selectable.
 */
export function SkillOptions({ empty, current }: { empty?: string; current?: string }) {
  const skills = api.useQuery('get', '/v1/skills', { params: { query: { limit: 100 } } });
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {skills.data?.items.map((skill) => (
        <option key={skill.slug} value={skill.slug}>
          {skill.name}
        </option>
      ))}
      {current && !skills.data && <option value={current}>{current}</option>}
    </>
  );
}
