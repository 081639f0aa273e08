import { Link } from 'react-router';
import { api } from '../../api/client';
import { EmptyState, QueryView, Skeleton } from '../../components/States';
import { Score } from '../../components/Score';

export function JobMatches() {
  const matches = api.useQuery('get', '/v1/me/job-matches', { params: { query: { limit: 10 } } });
  return (
    <QueryView query={matches} label="job matches" skeleton={<Skeleton lines={3} height="3rem" />}>
      {(page) =>
        page.items.length === 0 ? (
          <EmptyState title="No open job fits yet">
            <p>
              Jobs appear here when your verified skills meet what they ask. <Link to="/jobs">Browse all jobs</Link>
            </p>
          </EmptyState>
        ) : (
          <ul className="list">
            {page.items.map((match) => (
              <li key={match.job.id} className="list-item">
                <div className="ranked-head">
                  <Link to={`/jobs/${match.job.id}`} className="list-title">
                    {match.job.title}
                  </Link>
                  <Score value={match.matchScore} label="match" />
                </div>
                <p className="meta">
                  {match.job.companyName} · {match.job.remote ? 'Remote' : match.job.location}
                </p>
              </li>
            ))}
          </ul>
        )
      }
    </QueryView>
  );
}
