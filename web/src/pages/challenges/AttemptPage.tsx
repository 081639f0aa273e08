import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useSession } from '../../auth/use-session';
import { CodeEditor } from '../../components/CodeEditor';
import { CodeSpec, languageName } from '../../components/CodeTests';
import { Countdown } from '../../components/Countdown';
import { ProblemMessage } from '../../components/ProblemMessage';
import { EmptyState, QueryView, Skeleton } from '../../components/States';
import { Rubric } from '../../components/Rubric';
import { TextArea } from '../../components/Field';
import { attemptStore, type StoredAttempt } from './attempt-store';

export default function AttemptPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const attempt = session ? attemptStore.get(session.user.id, id) : undefined;
  if (!session) {
    return (
      <EmptyState title="Sign in to continue your attempt">
        <Link to={`/sign-in?next=/attempts/${id}`}>Sign in</Link>
      </EmptyState>
    );
  }
  if (!attempt) {
    return (
      <>
        <title>Attempt · Skillproof</title>
        <h1>Attempt</h1>
        <EmptyState title="This attempt was started in another browser">
          <p>Its deadline and draft are kept where it was started. Pick a challenge to start a new one.</p>
          <Link to="/challenges">Browse challenges</Link>
        </EmptyState>
      </>
    );
  }
  return <AttemptWorkspace attempt={attempt} userId={session.user.id} />;
}

function AttemptWorkspace({ attempt, userId }: { attempt: StoredAttempt; userId: string }) {
  const navigate = useNavigate();
  const challenge = api.useQuery('get', '/v1/challenges/{id}', { params: { path: { id: attempt.challengeId } } });
  // Until the candidate types, a code challenge's answer is its starter code.
  const [draft, setDraft] = useState(attempt.draft);
  const code = challenge.data?.code ?? null;
  const content = draft || (code?.starterCode ?? '');
  const [expired, setExpired] = useState(() => new Date(attempt.deadline).getTime() <= Date.now());
  const submit = api.useMutation('post', '/v1/attempts/{id}/submission', {
    onSuccess: ({ submissionId }) => {
      attemptStore.markSubmitted(userId, attempt.id, submissionId);
      void navigate(`/submissions/${submissionId}`);
    },
  });

  const edit = (value: string) => {
    setDraft(value);
    attemptStore.saveDraft(userId, attempt.id, value);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate({ params: { path: { id: attempt.id } }, body: { content } });
  };

  return (
    <>
      <title>{`Attempt: ${attempt.challengeTitle} · Skillproof`}</title>
      <header className="page-head">
        <p className="eyebrow">Your attempt</p>
        <h1>{attempt.challengeTitle}</h1>
      </header>
      {attempt.submissionId ? (
        <EmptyState title="You have submitted this attempt">
          <Link to={`/submissions/${attempt.submissionId}`}>See its grade</Link>
        </EmptyState>
      ) : (
        <div className="two-column attempt-layout">
          {/* Stays in view while the brief is read and the work written: the time left, and the way to hand it in. */}
          <div className="attempt-bar">
            <Countdown deadline={attempt.deadline} onExpired={() => setExpired(true)} />
            <button
              type="submit"
              form="attempt-work"
              className="button button-primary"
              disabled={submit.isPending || content.trim().length === 0 || expired}
            >
              {submit.isPending ? 'Submitting…' : 'Submit for grading'}
            </button>
          </div>
          <aside aria-label="The challenge">
            <QueryView query={challenge} label="the brief" skeleton={<Skeleton lines={6} />}>
              {(challenge) => (
                <>
                  <details open className="card">
                    <summary>The brief</summary>
                    <div className="prose">{challenge.brief}</div>
                  </details>
                  {challenge.code ? (
                    <CodeSpec code={challenge.code} />
                  ) : (
                    <Rubric criteria={challenge.rubric.criteria} />
                  )}
                </>
              )}
            </QueryView>
          </aside>
          <form id="attempt-work" onSubmit={onSubmit} className="stack">
            {expired && <p className="warning">The deadline has passed; late work is not accepted.</p>}
            {challenge.isPending ? (
              <Skeleton lines={12} />
            ) : code ? (
              <CodeEditor
                label={`Your code (${languageName(code.language)})`}
                name="content"
                value={content}
                error={submit.error}
                onChange={edit}
              />
            ) : (
              <TextArea
                label="Your work"
                name="content"
                hint="Plain text or Markdown. Your draft is kept in this browser as you type."
                value={content}
                rows={18}
                className="work-editor"
                error={submit.error}
                onChange={(event) => edit(event.target.value)}
              />
            )}
            {submit.isError && <ProblemMessage error={submit.error} />}
          </form>
        </div>
      )}
    </>
  );
}
