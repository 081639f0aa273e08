import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { CareerMatch, SkillSummary } from '../../api/types';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryView, Skeleton } from '../../components/States';
import { Score } from '../../components/Score';

const RATINGS = ['Not rated', '1 · aware of it', '2 · learning', '3 · can work with it', '4 · strong', '5 · expert'];

/** Interests the careers in the catalogue are tagged with; anything else can be typed in. */
const SUGGESTED_INTERESTS = [
  'research',
  'production systems',
  'product',
  'business',
  'data',
  'infrastructure',
  'experimentation',
  'language',
  'vision',
  'hardware',
];

function groupByCategory(skills: SkillSummary[]): Array<[string, SkillSummary[]]> {
  const groups = new Map<string, SkillSummary[]>();
  for (const skill of skills) groups.set(skill.category, [...(groups.get(skill.category) ?? []), skill]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

export default function CareerMatchPage() {
  const skills = api.useQuery('get', '/v1/skills', { params: { query: { limit: 100 } } });
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [interests, setInterests] = useState<string[]>([]);
  const [otherInterests, setOtherInterests] = useState('');
  const results = useRef<HTMLHeadingElement>(null);
  // The ranking may be far below the form on a phone: going there tells the person it arrived.
  const match = api.useMutation('post', '/v1/career-match', { onSuccess: () => results.current?.focus() });

  const rated = Object.entries(ratings).filter(([, level]) => level > 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = otherInterests
      .split(',')
      .map((interest) => interest.trim())
      .filter(Boolean);
    match.mutate({
      body: {
        skills: rated.map(([skill, level]) => ({ skill, level })),
        interests: [...new Set([...interests, ...typed])],
      },
    });
  };

  return (
    <>
      <title>Career match · Skillproof</title>
      <header className="page-head">
        <h1>Career match</h1>
        <p className="lede">
          Rate the skills you have, pick what interests you, and see which careers fit best, with the reasons.
        </p>
      </header>
      <div className="match-layout">
        <form onSubmit={submit} className="stack" aria-labelledby="questionnaire">
          <h2 id="questionnaire">Your skills</h2>
          <p className="muted">Rate only what you know; unrated skills count as gaps, not against you.</p>
          <QueryView query={skills} label="skills" skeleton={<Skeleton lines={10} height="2.25rem" />}>
            {(page) =>
              groupByCategory(page.items).map(([category, items]) => (
                <fieldset key={category} className="rating-group">
                  <legend>{category}</legend>
                  {items.map((skill) => (
                    <div key={skill.slug} className="rating-row">
                      <label htmlFor={`rate-${skill.slug}`}>{skill.name}</label>
                      <select
                        id={`rate-${skill.slug}`}
                        value={ratings[skill.slug] ?? 0}
                        onChange={(event) => setRatings({ ...ratings, [skill.slug]: Number(event.target.value) })}
                      >
                        {RATINGS.map((label, level) => (
                          <option key={level} value={level}>
                            {label}
                          </option>
                        ))}
                      </select>
                    </div>
                  ))}
                </fieldset>
              ))
            }
          </QueryView>
          <fieldset className="rating-group">
            <legend>What interests you</legend>
            <div className="chips">
              {SUGGESTED_INTERESTS.map((interest) => (
                <label key={interest} className="chip">
                  <input
                    type="checkbox"
                    checked={interests.includes(interest)}
                    onChange={(event) =>
                      setInterests(
                        event.target.checked ? [...interests, interest] : interests.filter((item) => item !== interest),
                      )
                    }
                  />
                  {interest}
                </label>
              ))}
            </div>
            <div className="field">
              <label htmlFor="other-interests">Other interests, separated by commas</label>
              <input
                id="other-interests"
                value={otherInterests}
                onChange={(event) => setOtherInterests(event.target.value)}
                placeholder="healthcare, robotics"
              />
            </div>
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={match.isPending}>
              {match.isPending ? 'Ranking careers…' : 'Rank careers'}
            </button>
            <span className="muted" aria-live="polite">
              {rated.length === 0 ? 'Rate at least one skill.' : `${rated.length} rated`}
            </span>
          </div>
          {match.isError && <ProblemMessage error={match.error} />}
        </form>
        <section aria-labelledby="results" className="match-results" aria-busy={match.isPending}>
          <h2 id="results" ref={results} tabIndex={-1}>
            Careers for you
          </h2>
          {match.data ? (
            <MatchList matches={match.data.matches} />
          ) : (
            <p className="muted">Your ranked careers appear here once you rate your skills.</p>
          )}
        </section>
      </div>
    </>
  );
}

function MatchList({ matches }: { matches: CareerMatch[] }) {
  return (
    <ol className="list ranked">
      {matches.map((match) => (
        <li key={match.career.slug} className="list-item">
          <div className="ranked-head">
            <Link to={`/careers/${match.career.slug}`} className="list-title">
              {match.career.role}
            </Link>
            <Score value={match.score} label="match" />
          </div>
          <p>{match.career.summary}</p>
          <ul className="reasons">
            {match.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
