import { Link } from 'react-router';
import type { SkillPage } from '../../api/types';
import { EmptyState } from '../../components/States';
import { LevelTag } from '../../components/Tags';
import { date, minutes, money } from '../../components/format';

type Part = SkillPage['partial'][number];

function Unavailable({ what }: { what: string }) {
  return (
    <EmptyState title={`${what} could not be loaded just now`}>
      <p>The rest of the page is complete; reload in a moment to see them.</p>
    </EmptyState>
  );
}

export function OpenChallenges({ skill, partial }: { skill: SkillPage; partial: Part[] }) {
  if (partial.includes('openChallenges')) return <Unavailable what="Challenges" />;
  if (skill.openChallenges.length === 0) {
    return (
      <EmptyState title={`No ${skill.name} challenges yet`}>
        <p>
          New challenges are posted by companies all the time. <Link to="/challenges">Browse all challenges</Link>
        </p>
      </EmptyState>
    );
  }
  return (
    <ul className="list">
      {skill.openChallenges.map((challenge) => (
        <li key={challenge.id} className="list-item">
          <Link to={`/challenges/${challenge.id}`} className="list-title">
            {challenge.title}
          </Link>
          <p className="meta">
            <LevelTag level={challenge.difficulty} /> {minutes(challenge.timeLimitMinutes)} · posted{' '}
            {date(challenge.publishedAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function OpenPositions({ skill, partial }: { skill: SkillPage; partial: Part[] }) {
  if (partial.includes('openPositions')) return <Unavailable what="Positions" />;
  if (skill.openPositions.length === 0) {
    return (
      <EmptyState title={`No ${skill.name} positions yet`}>
        <p>
          Positions that ask for {skill.name} appear here as companies post them.{' '}
          <Link to="/jobs">Browse all openings</Link>
        </p>
      </EmptyState>
    );
  }
  return (
    <ul className="list">
      {skill.openPositions.map((position) => (
        <li key={position.id} className="list-item">
          <Link to={`/jobs/${position.id}`} className="list-title">
            {position.title}
          </Link>
          <p className="meta">
            {position.companyName} · {position.remote ? 'Remote' : position.location}
            {position.salary &&
              ` · ${money(position.salary.min, position.salary.currency)}–${money(position.salary.max, position.salary.currency)}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
