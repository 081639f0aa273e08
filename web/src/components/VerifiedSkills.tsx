import { Link } from 'react-router';
import type { VerifiedSkill } from '../api/types';
import { GradeSource } from './GradeSource';
import { Score } from './Score';
import { EmptyState } from './States';
import { LevelTag } from './Tags';
import { date } from './format';
import { useSkillNames } from '../hooks/use-skill-names';

/** Verified skills with the evidence behind each: which challenge, what score, when, and how it was graded. */
export function VerifiedSkills({ skills, emptyHint }: { skills: VerifiedSkill[]; emptyHint: string }) {
  const nameOf = useSkillNames();
  if (skills.length === 0) {
    return (
      <EmptyState title="No verified skills yet">
        <p>{emptyHint}</p>
      </EmptyState>
    );
  }
  return (
    <ul className="verified">
      {skills.map((skill) => (
        <li key={skill.skill} className="card">
          <div className="ranked-head">
            <h3>
              <Link to={`/skills/${skill.skill}`}>{nameOf(skill.skill)}</Link> <LevelTag level={skill.level} />
            </h3>
            <Score value={skill.score} label={`verified score in ${nameOf(skill.skill)}`} />
          </div>
          <p className="muted">Verified {date(skill.verifiedAt)}</p>
          <h4>Evidence</h4>
          <ul className="evidence">
            {skill.evidence.map((item) => (
              <li key={`${item.challengeId}-${item.gradedAt}`}>
                <Link to={`/challenges/${item.challengeId}`}>{item.title}</Link>
                <span>
                  {' '}
                  · {Math.round(item.score)}/100 · {date(item.gradedAt)}
                </span>
                <br />
                <GradeSource origin={item} compact />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
