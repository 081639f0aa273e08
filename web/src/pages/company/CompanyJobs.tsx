import { Link } from 'react-router';
import { EmptyState, QueryView, Skeleton } from '../../components/States';
import { jobWhere } from '../../components/JobFacts';
import { date } from '../../components/format';
import { useCompanyJobs } from './company-listings';

export function CompanyJobs({ companyId }: { companyId: string }) {
  const jobs = useCompanyJobs(companyId);
  return (
    <section aria-labelledby="company-jobs">
      <div className="section-head">
        <h2 id="company-jobs">Your open positions</h2>
        <Link to="/company/jobs/new" className="button button-primary">
          Post a job
        </Link>
      </div>
      <QueryView query={jobs} label="your jobs" skeleton={<Skeleton lines={3} height="3rem" />}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title="No open positions">
              <p>Post a job with the verified skills it needs; applicants arrive ranked by their evidence.</p>
            </EmptyState>
          ) : (
            <ul className="list">
              {items.map((job) => (
                <li key={job.id} className="list-item">
                  <div className="ranked-head">
                    <Link to={`/company/jobs/${job.id}`} className="list-title">
                      {job.title}
                    </Link>
                    <Link to={`/company/jobs/${job.id}`} className="button button-quiet">
                      Applicants <span className="visually-hidden">for {job.title}</span>
                    </Link>
                  </div>
                  <p className="meta">
                    {jobWhere(job)} · posted {date(job.postedAt)}
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
