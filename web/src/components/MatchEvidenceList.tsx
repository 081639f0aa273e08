import { Link } from 'react-router';
import type { MatchEvidence } from '../api/types';
import { GradeSource } from './GradeSource';
import { useSkillNames } from '../hooks/use-skill-names';

/** For each skill a job asks for: the bar, the verified score held, and the graded work behind it. */
export function MatchEvidenceList({ evidence }: { evidence: MatchEvidence[] }) {
  const nameOf = useSkillNames();
  return (
    <ul className="requirements">
      {evidence.map((item) => (
        <li key={item.skill} className={item.met ? 'met' : 'unmet'}>
          <span className="requirement-verdict">{item.met ? 'Meets' : 'Below'}</span>{' '}
          <Link to={`/skills/${item.skill}`}>{nameOf(item.skill)}</Link>: needs {item.minScore},{' '}
          {item.verifiedScore === null ? 'not verified' : `verified ${Math.round(item.verifiedScore)}`}
          {item.evidence.length > 0 && (
            <ul className="evidence">
              {item.evidence.map((proof) => (
                <li key={`${proof.challengeId}-${proof.gradedAt}`}>
                  <Link to={`/challenges/${proof.challengeId}`}>{proof.title}</Link> · {Math.round(proof.score)}/100 ·{' '}
                  <GradeSource origin={proof} compact />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
