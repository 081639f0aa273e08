import { Link, useParams } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, invalidate } from '../../api/client';
import { deliveryList } from '../../api/lists';
import type { Delivery } from '../../api/types';
import { RequireRole } from '../../auth/RequireRole';
import { LoadMore } from '../../components/LoadMore';
import { ProblemMessage } from '../../components/ProblemMessage';
import { EmptyState, QueryView, Skeleton } from '../../components/States';
import { dateTime } from '../../components/format';
import { TableFrame } from '../../components/TableFrame';

export default function DeliveriesPage() {
  return (
    <RequireRole role="company" title="Delivery log">
      {() => <Deliveries />}
    </RequireRole>
  );
}

function Deliveries() {
  const { id = '' } = useParams();
  const webhooks = api.useQuery('get', '/v1/webhooks');
  const webhook = webhooks.data?.find((entry) => entry.id === id);
  const deliveries = useInfiniteQuery(deliveryList(id));
  return (
    <>
      <title>Delivery log · Skillproof</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/company?tab=webhooks">Webhooks</Link>
      </nav>
      <header className="page-head">
        <p className="eyebrow">Delivery log</p>
        <h1 className="break">{webhook?.url ?? 'Webhook endpoint'}</h1>
        <p className="meta">
          Every attempt is kept. Any delivery can be sent again; it keeps its webhook-id, so your side can drop a
          repeat.
        </p>
      </header>
      <QueryView query={deliveries} label="deliveries" skeleton={<Skeleton lines={4} height="3rem" />}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (items.length === 0) {
            return (
              <EmptyState title="Nothing delivered yet">
                <p>Deliveries appear here as the events you subscribed to happen.</p>
              </EmptyState>
            );
          }
          return (
            <>
              <ul className="list">
                {items.map((delivery) => (
                  <DeliveryItem key={delivery.id} webhookId={id} delivery={delivery} />
                ))}
              </ul>
              <LoadMore query={deliveries} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

const TONE = { pending: 'tag-warn', succeeded: 'tag-ok', failed: 'tag-danger' } as const;

function DeliveryItem({ webhookId, delivery }: { webhookId: string; delivery: Delivery }) {
  const retry = api.useMutation('post', '/v1/webhooks/{id}/deliveries/{deliveryId}/retry', {
    onSuccess: () => invalidate('/v1/webhooks/{id}/deliveries'),
  });
  return (
    <li className="list-item">
      <div className="ranked-head">
        <span className="list-title">
          <code>{delivery.eventType}</code>
        </span>
        <span className={`tag ${TONE[delivery.status]}`}>{delivery.status}</span>
      </div>
      <p className="meta">
        Created {dateTime(delivery.createdAt)} · {delivery.attemptCount}{' '}
        {delivery.attemptCount === 1 ? 'attempt' : 'attempts'}
        {delivery.nextAttemptAt && ` · next try ${dateTime(delivery.nextAttemptAt)}`}
        {delivery.completedAt && ` · done ${dateTime(delivery.completedAt)}`}
      </p>
      <p className="meta">
        <code className="break">webhook-id: {delivery.id}</code>
      </p>
      {delivery.attempts.length > 0 && (
        <details>
          <summary>Attempts</summary>
          <TableFrame label="Attempts table">
            <table>
              <caption className="visually-hidden">Attempts of delivery {delivery.id}</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Answer</th>
                  <th scope="col" className="numeric">
                    Time
                  </th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {delivery.attempts.map((attempt) => (
                  <tr key={attempt.attemptedAt}>
                    <td>{dateTime(attempt.attemptedAt)}</td>
                    <td>{attempt.statusCode ?? 'no answer'}</td>
                    <td className="numeric">{attempt.latencyMs} ms</td>
                    <td className="break">{attempt.error ?? attempt.responseExcerpt ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        </details>
      )}
      <button
        type="button"
        className="button"
        disabled={retry.isPending}
        onClick={() => retry.mutate({ params: { path: { id: webhookId, deliveryId: delivery.id } } })}
      >
        {retry.isPending ? 'Sending…' : delivery.status === 'pending' ? 'Send now' : 'Send again'}
        <span className="visually-hidden"> {delivery.eventType} delivery</span>
      </button>
      {retry.isError && <ProblemMessage error={retry.error} />}
    </li>
  );
}
