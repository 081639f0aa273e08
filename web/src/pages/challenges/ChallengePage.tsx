import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, invalidate } from '../../api/client';
import type { Challenge } from '../../api/types';
import { useSession } from '../../auth/use-session';
import type { Session } from '../../auth/session';
import { CodeSpec } from '../../components/CodeTests';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryView, Skeleton } from '../../components/States';
import { Rubric } from '../../components/Rubric';
import { LevelTag, SkillLinks } from '../../components/Tags';
import { date, minutes } from '../../components/format';
import { attemptStore } from './attempt-store';
import { RegradePanel } from './RegradePanel';

export default function ChallengePage() {
  const { id = '' } = useParams();
  const challenge = api.useQuery('get', '/v1/challenges/{id}', { params: { path: { id } } });
  return (
    <QueryView
      query={challenge}
      label="the challenge"
      page="Challenge"
      skeleton={<Skeleton lines={8} height="1.5rem" />}
    >
      {(challenge) => <ChallengeDetail challenge={challenge} />}
    </QueryView>
  );
}

function ChallengeDetail({ challenge }: { challenge: Challenge }) {
  const session = useSession();
  return (
    <article className="challenge">
      <title>{`${challenge.title} · Challenge · Skillproof`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/challenges">Challenges</Link>
      </nav>
      <header className="page-head">
        <p className="eyebrow">
          {challenge.companyId ? 'Posted by a company' : 'Skillproof challenge'}
          {challenge.status !== 'published' && <span className="tag tag-status"> {challenge.status}</span>}
        </p>
        <h1>{challenge.title}</h1>
        <p className="meta">
          <LevelTag level={challenge.difficulty} /> {minutes(challenge.timeLimitMinutes)} to submit once started
          {challenge.publishedAt && ` · published ${date(challenge.publishedAt)}`}
        </p>
        <SkillLinks slugs={challenge.skills} />
      </header>
      <div className="two-column">
        <div>
          <section aria-labelledby="brief">
            <h2 id="brief">The brief</h2>
            <div className="prose">{challenge.brief}</div>
          </section>
          <section aria-labelledby="rubric">
            <h2 id="rubric">How it is graded</h2>
            {challenge.code ? <CodeSpec code={challenge.code} /> : <Rubric criteria={challenge.rubric.criteria} />}
          </section>
        </div>
        <aside className="card sticky" aria-label="Take this challenge">
          <ChallengeActions challenge={challenge} session={session} />
        </aside>
      </div>
    </article>
  );
}

function ChallengeActions({ challenge, session }: { challenge: Challenge; session: Session | null }) {
  if (!session) return <SignInToStart />;
  if (session.user.role === 'candidate') return <CandidateActions challenge={challenge} session={session} />;
  return <CompanyActions challenge={challenge} session={session} />;
}

function SignInToStart() {
  const location = useLocation();
  return (
    <>
      <h2>Take this challenge</h2>
      <p>Sign in as a candidate to start an attempt. The clock starts when you do.</p>
      <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} className="button button-primary">
        Sign in to start
      </Link>
      <p className="muted">
        New here? <Link to="/sign-up">Create a free account</Link>
      </p>
    </>
  );
}

function CompanyActions({ challenge, session }: { challenge: Challenge; session: Session }) {
  const publish = api.useMutation('post', '/v1/challenges/{id}/publish', {
    onSuccess: () => invalidate('/v1/challenges'),
  });
  const owns = challenge.companyId !== null && challenge.companyId === session.user.companyId;
  if (!owns) {
    return (
      <>
        <h2>Candidates take challenges</h2>
        <p>Sign in with a candidate account to take it.</p>
      </>
    );
  }
  return (
    <>
      <h2>Your challenge</h2>
      {challenge.status === 'draft' && (
        <>
          <p>Drafts are visible only to your company. Publishing lets candidates start attempts.</p>
          <button
            type="button"
            className="button button-primary"
            disabled={publish.isPending}
            onClick={() => publish.mutate({ params: { path: { id: challenge.id } } })}
          >
            {publish.isPending ? 'Publishing…' : 'Publish'}
          </button>
          {publish.isError && <ProblemMessage error={publish.error} />}
        </>
      )}
      {challenge.status === 'published' && <p>Published: candidates can take it now.</p>}
      {challenge.status === 'archived' && <p>Archived: no new attempts can start.</p>}
      {challenge.status !== 'draft' && <RegradePanel challenge={challenge} />}
    </>
  );
}

function CandidateActions({ challenge, session }: { challenge: Challenge; session: Session }) {
  const navigate = useNavigate();
  const start = api.useMutation('post', '/v1/challenges/{id}/attempts', {
    onSuccess: (attempt) => {
      attemptStore.save(session.user.id, attempt, challenge.title);
      void navigate(`/attempts/${attempt.id}`);
    },
  });
  const [previous] = useState(() => attemptStore.latestFor(session.user.id, challenge.id));
  const [open] = useState(
    () => previous !== undefined && !previous.submissionId && new Date(previous.deadline).getTime() > Date.now(),
  );
  return (
    <>
      <h2>Take this challenge</h2>
      <p>
        You will have {minutes(challenge.timeLimitMinutes)} from the moment you start.{' '}
        {challenge.code
          ? 'Your code runs against every test, hidden ones included.'
          : 'Your work is graded against the rubric, criterion by criterion.'}
      </p>
      {open && previous ? (
        <Link to={`/attempts/${previous.id}`} className="button button-primary">
          Continue your attempt
        </Link>
      ) : (
        <button
          type="button"
          className="button button-primary"
          disabled={start.isPending || challenge.status !== 'published'}
          onClick={() => start.mutate({ params: { path: { id: challenge.id } } })}
        >
          {start.isPending ? 'Starting…' : 'Start attempt'}
        </button>
      )}
      {previous?.submissionId && (
        <p>
          <Link to={`/submissions/${previous.submissionId}`}>See your last submission</Link>
        </p>
      )}
      {start.isError && <ProblemMessage error={start.error} />}
    </>
  );
}
