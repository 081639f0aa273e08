import { Link } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { challengeList } from '../../api/lists';
import type { Level } from '../../api/types';
import { EmptyState, QueryView, Skeleton } from '../../components/States';
import { LoadMore } from '../../components/LoadMore';
import { SkillOptions } from '../../components/SkillOptions';
import { useUrlFilters } from '../../hooks/use-url-filters';
import { LevelTag, SkillLinks } from '../../components/Tags';
import { LEVEL_LABEL, LEVELS, date, minutes } from '../../components/format';

export default function ChallengesPage() {
  const [params, setFilter] = useUrlFilters();
  const skill = params.get('skill') ?? '';
  const difficulty = (params.get('difficulty') ?? '') as Level | '';
  const challenges = useInfiniteQuery(
    challengeList({ skill: skill || undefined, difficulty: difficulty || undefined, limit: 12 }),
  );

  return (
    <>
      <title>Challenges · Skillproof</title>
      <header className="page-head">
        <h1>Challenges</h1>
        <p className="lede">
          Practical tasks with the rubric in the open. Start one, submit before the deadline, and watch it being graded.
        </p>
      </header>
      <form className="filters" aria-label="Filter challenges" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="filter-skill">Skill</label>
          <select id="filter-skill" value={skill} onChange={(event) => setFilter('skill', event.target.value)}>
            <SkillOptions empty="Any skill" current={skill} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-difficulty">Difficulty</label>
          <select
            id="filter-difficulty"
            value={difficulty}
            onChange={(event) => setFilter('difficulty', event.target.value)}
          >
            <option value="">Any difficulty</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABEL[level]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <QueryView query={challenges} label="challenges" skeleton={<Skeleton lines={4} height="6rem" />}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (items.length === 0) {
            return (
              <EmptyState title="No challenge matches these filters">
                <p>Try another skill or difficulty, or clear the filters.</p>
              </EmptyState>
            );
          }
          return (
            <>
              <p className="muted" role="status">
                {items.length} {items.length === 1 ? 'challenge' : 'challenges'}
                {challenges.hasNextPage ? ' so far' : ''}
              </p>
              <ul className="card-grid">
                {items.map((challenge) => (
                  <li key={challenge.id} className="card">
                    <h2 className="card-title">
                      <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
                    </h2>
                    <p className="meta">
                      <LevelTag level={challenge.difficulty} /> {minutes(challenge.timeLimitMinutes)} · posted{' '}
                      {date(challenge.publishedAt)}
                    </p>
                    <SkillLinks slugs={challenge.skills} />
                  </li>
                ))}
              </ul>
              <LoadMore query={challenges} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}
