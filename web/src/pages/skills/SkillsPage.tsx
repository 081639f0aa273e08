import { Link } from 'react-router';
import { api } from '../../api/client';
import type { SkillSummary } from '../../api/types';
import { QueryView, Skeleton } from '../../components/States';
import { LevelTag } from '../../components/Tags';

function byCategory(skills: SkillSummary[]): Array<[string, SkillSummary[]]> {
  const groups = new Map<string, SkillSummary[]>();
  for (const skill of skills) groups.set(skill.category, [...(groups.get(skill.category) ?? []), skill]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

export default function SkillsPage() {
  const skills = api.useQuery('get', '/v1/skills', { params: { query: { limit: 100 } } });
  return (
    <>
      <title>All skills · Skillproof</title>
      <header className="page-head">
        <h1>All skills</h1>
        <p className="lede">What each skill is, what it pays, how long it takes to learn, and where to prove it.</p>
      </header>
      <QueryView query={skills} label="skills" skeleton={<Skeleton lines={8} height="3rem" />}>
        {(page) =>
          byCategory(page.items).map(([category, items]) => (
            <section key={category} aria-label={category}>
              <h2>{category}</h2>
              <ul className="card-grid">
                {items.map((skill) => (
                  <li key={skill.slug} className="card">
                    <h3>
                      <Link to={`/skills/${skill.slug}`}>{skill.name}</Link>
                    </h3>
                    <p>{skill.summary}</p>
                    <p className="meta">
                      <LevelTag level={skill.difficulty} />
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))
        }
      </QueryView>
    </>
  );
}
