import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { ProblemMessage } from './ProblemMessage';

/** The end of a paged list: the next page on request, its failure, or nothing when all is shown. */
export function LoadMore({ query }: { query: UseInfiniteQueryResult }) {
  return (
    <>
      {query.isFetchNextPageError && <ProblemMessage error={query.error} />}
      {query.hasNextPage && (
        <p className="load-more">
          <button
            type="button"
            className="button"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </button>
        </p>
      )}
    </>
  );
}
