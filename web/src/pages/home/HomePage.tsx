import { Link } from 'react-router';
import { api } from '../../api/client';
import { QueryView, Skeleton } from '../../components/States';
import { LevelTag, SkillLinks } from '../../components/Tags';
import { minutes } from '../../components/format';
import { SearchBox } from './SearchBox';

export default function HomePage() {
  const challenges = api.useQuery('get', '/v1/challenges', { params: { query: { limit: 3 } } });
  return (
    <>
      <title>Skillproof · Prove skills with real work</title>
      <section className="hero">
        <h1>Prove what you can do. Hire on what people did.</h1>
        <p className="lede">
          Take a practical challenge, get it graded against a published rubric within seconds, and carry the verified
          score on your public profile. Companies see applicants ranked by that evidence.
        </p>
        <SearchBox />
      </section>

      <section className="steps" aria-labelledby="how">
        <h2 id="how">How it works</h2>
        <ol>
          <li>
            <strong>Pick a challenge.</strong> Real tasks posted by companies, each with its rubric in the open.
          </li>
          <li>
            <strong>Do the work before the deadline.</strong> Your submission is graded per criterion, with feedback you
            can act on.
          </li>
          <li>
            <strong>Show the evidence.</strong> The grade becomes a verified score on your profile, and every score says
            how it was earned.
          </li>
        </ol>
      </section>

      <section aria-labelledby="latest">
        <div className="section-head">
          <h2 id="latest">Newest challenges</h2>
          <Link to="/challenges">Browse all challenges</Link>
        </div>
        <QueryView query={challenges} label="challenges" skeleton={<Skeleton lines={3} height="7rem" />}>
          {(page) => (
            <ul className="card-grid">
              {page.items.map((challenge) => (
                <li key={challenge.id} className="card">
                  <h3>
                    <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
                  </h3>
                  <p className="meta">
                    <LevelTag level={challenge.difficulty} /> {minutes(challenge.timeLimitMinutes)}
                  </p>
                  <SkillLinks slugs={challenge.skills} />
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      </section>

      <section className="callout" aria-labelledby="match">
        <h2 id="match">Not sure where your skills lead?</h2>
        <p>Rate the skills you have and what interests you; Career match ranks the careers that fit and says why.</p>
        <Link to="/career-match" className="button button-primary">
          Take Career Match
        </Link>
      </section>
    </>
  );
}
