import { Link, useParams } from 'react-router';
import { api, invalidate } from '../../api/client';
import { useSubmissionStatus, type StreamState } from '../../api/submission-status';
import type { Challenge, RubricCriterion, Submission, SubmissionStatus } from '../../api/types';
import { useSession } from '../../auth/use-session';
import { TestResults } from '../../components/CodeTests';
import { GradeSource } from '../../components/GradeSource';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Score } from '../../components/Score';
import { QueryView, Skeleton } from '../../components/States';
import { dateTime } from '../../components/format';

const STEPS: Array<{ status: SubmissionStatus; label: string }> = [
  { status: 'queued', label: 'Queued' },
  { status: 'grading', label: 'Grading' },
  { status: 'graded', label: 'Graded' },
];
const ORDER: Record<SubmissionStatus, number> = { queued: 0, grading: 1, graded: 2, failed: 2 };

export default function SubmissionPage() {
  const { id = '' } = useParams();
  const submission = api.useQuery('get', '/v1/submissions/{id}', { params: { path: { id } } });
  return (
    <>
      <QueryView
        query={submission}
        label="the submission"
        page="Submission"
        skeleton={<Skeleton lines={6} height="2rem" />}
      >
        {/* A re-grade starts a new round: a fresh view follows its own live status from the start. */}
        {(submission) => <SubmissionView key={submission.round} submission={submission} />}
      </QueryView>
    </>
  );
}

function SubmissionView({ submission }: { submission: Submission }) {
  const { update, stream } = useSubmissionStatus(submission.id);
  const challenge = api.useQuery('get', '/v1/challenges/{id}', { params: { path: { id: submission.challengeId } } });
  // The stream may be ahead of the stored copy until the final read arrives.
  const status = update && ORDER[update.status] > ORDER[submission.status] ? update.status : submission.status;
  const finished = submission.status === 'graded' || submission.status === 'failed';

  return (
    <article className="submission">
      <title>{`${challenge.data?.title ?? 'Submission'} · your grade · Skillproof`}</title>
      <header className="page-head">
        <p className="eyebrow">Submission</p>
        <h1>{challenge.data?.title ?? 'Your submission'}</h1>
        <p className="meta">
          Submitted {dateTime(submission.submittedAt)}
          {submission.round > 1 && ' · re-graded'}
          {' · '}
          <Link to={`/challenges/${submission.challengeId}`}>the challenge</Link>
        </p>
      </header>
      <StatusSteps status={status} stream={finished ? 'closed' : stream} runsTests={Boolean(challenge.data?.code)} />
      {submission.status === 'graded' && submission.score !== null && (
        <Grade submission={submission} challenge={challenge.data} />
      )}
      {submission.status === 'failed' && (
        <div className="problem" role="alert">
          <p className="problem-title">Grading failed</p>
          <p>{submission.failureReason ?? 'The grader could not produce a grade. No score was recorded.'}</p>
        </div>
      )}
      {finished && <Regrade submission={submission} />}
      {submission.history.length > 0 && <History submission={submission} />}
    </article>
  );
}

interface StatusStepsProps {
  status: SubmissionStatus;
  stream: StreamState;
  /** A code challenge is graded by running tests, not by reading against a rubric. */
  runsTests: boolean;
}

function StatusSteps({ status, stream, runsTests }: StatusStepsProps) {
  const steps = status === 'failed' ? [...STEPS.slice(0, 2), { status: 'failed' as const, label: 'Failed' }] : STEPS;
  return (
    <section aria-labelledby="progress" className="card">
      <h2 id="progress">Progress</h2>
      <ol className="steps-track">
        {steps.map((step) => {
          const state = ORDER[step.status] < ORDER[status] ? 'done' : step.status === status ? 'current' : 'todo';
          return (
            <li
              key={step.status}
              className={`step step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              {step.label}
            </li>
          );
        })}
      </ol>
      <p role="status" className="muted">
        {status === 'queued' && 'Waiting for a grader. This page updates by itself.'}
        {status === 'grading' &&
          (runsTests ? 'Running your code against the tests…' : 'A grader is reading your work against the rubric…')}
        {status === 'graded' && 'Graded.'}
        {status === 'failed' && 'Grading failed.'}
        {stream === 'reconnecting' && ' Connection lost; reconnecting…'}
      </p>
    </section>
  );
}

function Grade({ submission, challenge }: { submission: Submission; challenge: Challenge | undefined }) {
  const criteria = challenge?.rubric.criteria ?? [];
  const steering = submission.flags.includes('prompt_injection');
  return (
    <section aria-labelledby="grade" className="stack">
      <div className="grade-head card">
        <div>
          <h2 id="grade">Your grade</h2>
          <GradeSource origin={submission} />
          {submission.gradedAt && <p className="muted">Graded {dateTime(submission.gradedAt)}</p>}
        </div>
        <Score value={submission.score ?? 0} label="overall" size="large" />
      </div>
      {submission.scoring && <p className="muted">How this score was made: {submission.scoring.note}.</p>}
      {steering && (
        <p className="warning" role="note">
          Parts of this work read as instructions to the grader. They were treated as text, and the grade is marked for
          review.
          {submission.standing === 'under_review' &&
            ' It is under review: it counts toward no score until the challenge owner accepts or changes it.'}
        </p>
      )}
      {submission.feedback && (
        <div className="card">
          <h3>Overall feedback</h3>
          <p className="prose">{submission.feedback}</p>
        </div>
      )}
      {submission.tests && submission.tests.length > 0 && (
        <>
          <h3>Result per test</h3>
          <TestResults tests={submission.tests} />
        </>
      )}
      {submission.criteria.length > 0 && <Criteria submission={submission} criteria={criteria} />}
    </section>
  );
}

function Criteria({ submission, criteria }: { submission: Submission; criteria: RubricCriterion[] }) {
  return (
    <>
      <h3>{submission.aiReview ? 'AI review per criterion' : 'Feedback per criterion'}</h3>
      {submission.aiReview && (
        <p className="muted">
          {`A model's opinion (${submission.aiReview.model ?? 'AI'}) of the code's quality by the challenge's rubric; ` +
            'the tests above are what the code did.'}
        </p>
      )}
      <ul className="list criteria">
        {submission.criteria.map((grade) => {
          const criterion = criteria.find((entry) => entry.key === grade.key);
          return (
            <li key={grade.key} className="list-item">
              <div className="ranked-head">
                <span className="list-title">
                  <code>{grade.key}</code>
                  {criterion && <span className="muted"> · weight {criterion.weight}%</span>}
                </span>
                <Score value={grade.score} label={`for ${grade.key}`} />
              </div>
              {criterion && <p className="muted">{criterion.description}</p>}
              <p>{grade.feedback}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Regrade({ submission }: { submission: Submission }) {
  const session = useSession();
  const regrade = api.useMutation('post', '/v1/submissions/{id}/regrade', {
    onSuccess: () => invalidate('/v1/submissions/{id}'),
  });
  if (session?.user.role !== 'candidate' || !submission.regradeAvailable) return null;
  return (
    <section aria-labelledby="appeal" className="card">
      <h2 id="appeal">Disagree with the grade?</h2>
      <p>You may ask once for the same work to be graded again.</p>
      <button
        type="button"
        className="button"
        disabled={regrade.isPending}
        onClick={() => regrade.mutate({ params: { path: { id: submission.id } } })}
      >
        {regrade.isPending ? 'Asking…' : 'Ask for a re-grade'}
      </button>
      {regrade.isError && <ProblemMessage error={regrade.error} />}
    </section>
  );
}

const HISTORY_LABEL = {
  graded: 'Graded',
  failed: 'Grading failed',
  regrade_requested: 'Re-grade requested',
  bulk_regrade_requested: 'Graded again in a re-grade of the whole challenge',
  overridden: 'Changed by a reviewer',
  accepted: 'Accepted by a reviewer',
} as const;

function History({ submission }: { submission: Submission }) {
  return (
    <section aria-labelledby="history">
      <h2 id="history">How this grade came about</h2>
      <ol className="timeline">
        {submission.history.map((entry) => (
          <li key={`${entry.kind}-${entry.round}-${entry.at}`}>
            <strong>{HISTORY_LABEL[entry.kind]}</strong> {dateTime(entry.at)}
            {entry.score !== null && ` · ${Math.round(entry.score)}/100`}
            {entry.grader && (
              <>
                {' · '}
                <GradeSource origin={entry} compact />
              </>
            )}
            {entry.reason && <p className="muted">Reason: {entry.reason}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
