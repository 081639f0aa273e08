import type { ReactNode } from 'react';
import { toProblem } from '../api/problem';
import { ProblemMessage } from './ProblemMessage';

/** Grey blocks the size of what is coming, so nothing jumps when it arrives. */
export function Skeleton({ lines = 3, height }: { lines?: number; height?: string }) {
  return (
    <div className="skeleton" aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton-line" style={height ? { height } : undefined} />
      ))}
    </div>
  );
}

export function Loading({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {label}
      </p>
      {children}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}

/** What QueryView needs of a query (plain and paged queries both fit). */
interface QueryState<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/** Whether asking again may help: a lost connection, a busy or failing server; not a 404 or a 403. */
function worthRetrying(error: unknown): boolean {
  const { status } = toProblem(error);
  return status === 0 || status === 429 || status >= 500;
}

/**
 * The three states of a query in one place: loading (a skeleton), failed (the problem, with a way to
 * ask again when that may help), or the data. A view that is the whole page names it in `page`, so a
 * failed page still has its title and heading.
 */
export function QueryView<T>({
  query,
  label,
  page,
  skeleton = <Skeleton />,
  children,
}: {
  query: QueryState<T>;
  label: string;
  page?: string;
  skeleton?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading label={`Loading ${label}…`}>{skeleton}</Loading>;
  if (query.isError) {
    return (
      <>
        {page && (
          <>
            <title>{`${page} · Skillproof`}</title>
            <h1>{page}</h1>
          </>
        )}
        <ProblemMessage
          error={query.error}
          action={
            worthRetrying(query.error) && (
              <button type="button" className="button button-quiet" onClick={() => void query.refetch()}>
                Try again
              </button>
            )
          }
        />
      </>
    );
  }
  return <>{children(query.data as T)}</>;
}
