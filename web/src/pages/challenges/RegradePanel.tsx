import { useEffect, useState } from 'react';
import { api, invalidate } from '../../api/client';
import type { Challenge, Regrade, RegradeReason } from '../../api/types';
import { SelectField } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';

/** How often a running re-grade's progress is read again. */
const PROGRESS_EVERY_MS = 2_000;

const REASONS: Record<RegradeReason, string> = {
  rubric_changed: 'The rubric changed',
  grader_version_changed: 'The grader was updated',
  manual: 'Another reason',
};

/**
 * The owner's offer to grade past submissions again, after a rubric edit or a grader update: editing
 * never starts one. Once started, its progress is followed here until it is done.
 */
export function RegradePanel({ challenge }: { challenge: Challenge }) {
  const outdated = challenge.outdatedGrades ?? 0;
  const [reason, setReason] = useState<RegradeReason>(outdated > 0 ? 'rubric_changed' : 'manual');
  const [started, setStarted] = useState<Regrade | null>(null);
  const start = api.useMutation('post', '/v1/challenges/{id}/regrades', { onSuccess: setStarted });
  return (
    <section aria-labelledby="regrade">
      <h3 id="regrade">Re-grade past submissions</h3>
      {started ? (
        <RegradeProgress regrade={started} />
      ) : (
        <>
          <p>
            {outdated > 0
              ? `${outdated} ${outdated === 1 ? 'grade was' : 'grades were'} made with an older rubric.`
              : 'Every grade was made with the current rubric.'}{' '}
            A re-grade grades them again behind candidates' new work; each submission keeps both grades.
          </p>
          <SelectField
            label="Why"
            name="reason"
            value={reason}
            onChange={(event) => setReason(event.target.value as RegradeReason)}
            error={start.error}
          >
            {Object.entries(REASONS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="button"
            disabled={start.isPending}
            onClick={() => start.mutate({ params: { path: { id: challenge.id } }, body: { reason } })}
          >
            {start.isPending ? 'Starting…' : 'Re-grade past submissions'}
          </button>
          {start.isError && <ProblemMessage error={start.error} />}
        </>
      )}
    </section>
  );
}

function RegradeProgress({ regrade }: { regrade: Regrade }) {
  const progress = api.useQuery(
    'get',
    '/v1/challenges/{id}/regrades/{regradeId}',
    { params: { path: { id: regrade.challengeId, regradeId: regrade.id } } },
    { refetchInterval: (query) => (query.state.data?.state === 'done' ? false : PROGRESS_EVERY_MS) },
  );
  const current = progress.data ?? regrade;
  const finished = current.graded + current.failed;
  const done = current.state === 'done';
  // The challenge's count of outdated grades changed with the re-grade.
  useEffect(() => {
    if (done) void invalidate('/v1/challenges/{id}');
  }, [done]);
  return (
    <div role="status">
      <progress max={current.total} value={finished} aria-label="Re-graded so far" />
      <p>
        {done ? 'Done: ' : 'Running: '}
        {current.graded} of {current.total} graded again
        {current.failed > 0 && `, ${current.failed} failed`}
        {current.kept > 0 && ` · ${current.kept} kept as they were (a person's grade, or public evidence)`}
      </p>
      {progress.isError && <ProblemMessage error={progress.error} />}
    </div>
  );
}
