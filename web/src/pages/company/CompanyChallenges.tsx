import { Link } from 'react-router';
import { EmptyState, QueryView, Skeleton } from '../../components/States';
import { LevelTag } from '../../components/Tags';
import { date } from '../../components/format';
import { useCompanyChallenges } from './company-listings';

export function CompanyChallenges({ companyId }: { companyId: string }) {
  const challenges = useCompanyChallenges(companyId);
  return (
    <section aria-labelledby="company-challenges">
      <div className="section-head">
        <h2 id="company-challenges">Your challenges</h2>
        <Link to="/company/challenges/new" className="button button-primary">
          New challenge
        </Link>
      </div>
      <QueryView query={challenges} label="your challenges" skeleton={<Skeleton lines={3} height="3rem" />}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title="No challenges yet">
              <p>Write a practical task with a rubric; once published, candidates can take it and earn evidence.</p>
            </EmptyState>
          ) : (
            <ul className="list">
              {items.map((challenge) => (
                <li key={challenge.id} className="list-item">
                  <div className="ranked-head">
                    <Link to={`/challenges/${challenge.id}`} className="list-title">
                      {challenge.title}
                    </Link>
                    <span className={`tag tag-status tag-${challenge.status}`}>{challenge.status}</span>
                  </div>
                  <p className="meta">
                    <LevelTag level={challenge.difficulty} /> {challenge.rubric.criteria.length} criteria · created{' '}
                    {date(challenge.createdAt)}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
