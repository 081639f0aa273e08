import { Link, useParams } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, invalidate } from '../../api/client';
import { applicationList } from '../../api/lists';
import type { Application, ApplicationStatus, Job } from '../../api/types';
import { RequireRole } from '../../auth/RequireRole';
import { LoadMore } from '../../components/LoadMore';
import { MatchEvidenceList } from '../../components/MatchEvidenceList';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Score } from '../../components/Score';
import { EmptyState, QueryView, Skeleton } from '../../components/States';
import { jobWhere } from '../../components/JobFacts';
import { date } from '../../components/format';

/** The hiring pipeline as the jobs service enforces it: one step forward at a time, or a rejection. */
const NEXT_STEP: Partial<Record<ApplicationStatus, ApplicationStatus>> = {
  applied: 'screening',
  screening: 'interview',
  interview: 'offer',
  offer: 'hired',
};
const FINAL: ApplicationStatus[] = ['hired', 'rejected'];

export default function ApplicantsPage() {
  return (
    <RequireRole role="company" title="Applicants">
      {() => <Applicants />}
    </RequireRole>
  );
}

function Applicants() {
  const { id = '' } = useParams();
  const job = api.useQuery('get', '/v1/jobs/{id}', { params: { path: { id } } });
  const applications = useInfiniteQuery(applicationList(id));
  return (
    <>
      <title>{`Applicants · ${job.data?.title ?? 'Job'} · Skillproof`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/company?tab=jobs">Your jobs</Link>
      </nav>
      <QueryView query={job} label="the job" page="Applicants" skeleton={<Skeleton lines={2} height="2rem" />}>
        {(job) => <JobHeader job={job} />}
      </QueryView>
      <section aria-labelledby="applicants">
        <h2 id="applicants">Applicants, best match first</h2>
        <QueryView query={applications} label="applicants" skeleton={<Skeleton lines={3} height="6rem" />}>
          {(data) => {
            const items = data.pages.flatMap((page) => page.items);
            if (items.length === 0) {
              return (
                <EmptyState title="No applicants yet">
                  <p>Candidates who apply appear here, ranked by their verified skills against what you asked.</p>
                </EmptyState>
              );
            }
            return (
              <>
                <ol className="list ranked">
                  {items.map((application) => (
                    <ApplicantCard key={application.id} application={application} />
                  ))}
                </ol>
                <LoadMore query={applications} />
              </>
            );
          }}
        </QueryView>
      </section>
    </>
  );
}

function JobHeader({ job }: { job: Job }) {
  const close = api.useMutation('patch', '/v1/jobs/{id}', {
    onSuccess: () => invalidate('/v1/jobs'),
  });
  return (
    <header className="page-head">
      <p className="eyebrow">{job.companyName}</p>
      <h1>{job.title}</h1>
      <p className="meta">
        {jobWhere(job)} · posted {date(job.postedAt)} · {job.status}
      </p>
      <p className="actions">
        <Link to={`/jobs/${job.id}`}>See the public listing</Link>
        {job.status === 'open' && (
          <button
            type="button"
            className="button button-quiet"
            disabled={close.isPending}
            onClick={() => close.mutate({ params: { path: { id: job.id } }, body: { status: 'closed' } })}
          >
            Close the position
          </button>
        )}
      </p>
      {close.isError && <ProblemMessage error={close.error} />}
    </header>
  );
}

function ApplicantCard({ application }: { application: Application }) {
  const change = api.useMutation('patch', '/v1/applications/{id}', {
    onSuccess: () => invalidate('/v1/jobs/{id}/applications'),
  });
  const status = change.data?.status ?? application.status;
  const next = NEXT_STEP[status];
  const move = (to: ApplicationStatus) =>
    change.mutate({ params: { path: { id: application.id } }, body: { status: to } });
  return (
    <li className="list-item applicant">
      <div className="ranked-head">
        <h3 className="list-title">Candidate {application.candidateId.slice(0, 8)}</h3>
        <Score value={application.matchScore} label="match" />
      </div>
      <p className="meta">
        Applied {date(application.createdAt)} · status{' '}
        <span className={`tag tag-status tag-${status}`} role="status">
          {status}
        </span>
      </p>
      <MatchEvidenceList evidence={application.evidence} />
      {!FINAL.includes(status) && (
        <p className="actions">
          {next && (
            <button type="button" className="button" disabled={change.isPending} onClick={() => move(next)}>
              Move to {next}
            </button>
          )}
          <button
            type="button"
            className="button button-quiet"
            disabled={change.isPending}
            onClick={() => move('rejected')}
          >
            Reject
          </button>
        </p>
      )}
      {change.isError && <ProblemMessage error={change.error} />}
    </li>
  );
}
