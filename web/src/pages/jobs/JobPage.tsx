import { Link, useLocation, useParams } from 'react-router';
import { api } from '../../api/client';
import type { Job } from '../../api/types';
import { useSession } from '../../auth/use-session';
import { jobSalary, jobWhere } from '../../components/JobFacts';
import { MatchEvidenceList } from '../../components/MatchEvidenceList';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Score } from '../../components/Score';
import { QueryView, Skeleton } from '../../components/States';
import { date } from '../../components/format';
import { useSkillNames } from '../../hooks/use-skill-names';

export default function JobPage() {
  const { id = '' } = useParams();
  const job = api.useQuery('get', '/v1/jobs/{id}', { params: { path: { id } } });
  return (
    <QueryView query={job} label="the job" page="Job" skeleton={<Skeleton lines={8} height="1.5rem" />}>
      {(job) => <JobDetail job={job} />}
    </QueryView>
  );
}

function JobDetail({ job }: { job: Job }) {
  const nameOf = useSkillNames();
  return (
    <article>
      <title>{`${job.title} at ${job.companyName} · Skillproof`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/jobs">Jobs</Link>
      </nav>
      <header className="page-head">
        <p className="eyebrow">{job.companyName}</p>
        <h1>{job.title}</h1>
        <p className="meta">
          {jobWhere(job)}
          {jobSalary(job) && ` · ${jobSalary(job)}`} · posted {date(job.postedAt)}
          {job.status === 'closed' && ' · closed'}
        </p>
      </header>
      <div className="two-column">
        <div>
          <section aria-labelledby="about">
            <h2 id="about">About the role</h2>
            <div className="prose">{job.description}</div>
          </section>
          <section aria-labelledby="requires">
            <h2 id="requires">Verified skills it asks for</h2>
            <ul className="list">
              {job.skills.map((requirement) => (
                <li key={requirement.skill} className="list-item">
                  <Link to={`/skills/${requirement.skill}`}>{nameOf(requirement.skill)}</Link>: a verified score of{' '}
                  {requirement.minScore} or more
                </li>
              ))}
            </ul>
            {job.challengeId && (
              <p>
                Hiring task: <Link to={`/challenges/${job.challengeId}`}>take the challenge</Link> to earn the evidence.
              </p>
            )}
          </section>
        </div>
        <aside className="card sticky" aria-label="Apply">
          <ApplyPanel job={job} />
        </aside>
      </div>
    </article>
  );
}

function ApplyPanel({ job }: { job: Job }) {
  const session = useSession();
  const location = useLocation();
  const apply = api.useMutation('post', '/v1/jobs/{id}/applications');
  if (job.status === 'closed') return <p>This position is closed.</p>;
  if (!session) {
    return (
      <>
        <h2>Apply</h2>
        <p>Sign in as a candidate; the company sees your verified skills and the work behind them.</p>
        <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} className="button button-primary">
          Sign in to apply
        </Link>
      </>
    );
  }
  if (session.user.role === 'company') {
    return session.user.companyId === job.companyId ? (
      <>
        <h2>Your position</h2>
        <Link to={`/company/jobs/${job.id}`} className="button button-primary">
          See applicants
        </Link>
      </>
    ) : (
      <p>Candidates apply to positions.</p>
    );
  }
  if (apply.data) {
    return (
      <div role="status">
        <h2>Application sent</h2>
        <p>Your match with what this role asks:</p>
        <Score value={apply.data.matchScore} label="match" size="large" />
        <MatchEvidenceList evidence={apply.data.evidence} />
      </div>
    );
  }
  return (
    <>
      <h2>Apply</h2>
      <p>One click: your verified skills are your application.</p>
      <button
        type="button"
        className="button button-primary"
        disabled={apply.isPending}
        onClick={() => apply.mutate({ params: { path: { id: job.id } } })}
      >
        {apply.isPending ? 'Applying…' : 'Apply with my verified skills'}
      </button>
      {apply.isError && <ProblemMessage error={apply.error} />}
    </>
  );
}
