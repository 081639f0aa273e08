import { Link } from 'react-router';
import type { Level } from '../api/types';
import { LEVEL_LABEL } from './format';
import { useSkillNames } from '../hooks/use-skill-names';

export function LevelTag({ level }: { level: Level }) {
  return <span className={`tag tag-level tag-${level}`}>{LEVEL_LABEL[level]}</span>;
}

/** Skill slugs as links to their pages. */
export function SkillLinks({ slugs }: { slugs: string[] }) {
  const nameOf = useSkillNames();
  return (
    <ul className="tags" aria-label="Skills">
      {slugs.map((slug) => (
        <li key={slug}>
          <Link className="tag" to={`/skills/${slug}`}>
            {nameOf(slug)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
