import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, invalidate } from '../../api/client';
import type { WebhookEventType } from '../../api/types';
import { TextField } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { ShownOnce } from '../../components/ShownOnce';
import { EmptyState, QueryView, Skeleton } from '../../components/States';
import { date, dateTime } from '../../components/format';
import { ItemActionButton } from '../../components/ItemActionButton';

const EVENTS: Array<{ type: WebhookEventType; label: string }> = [
  { type: 'submission.graded', label: 'A submission to one of your challenges was graded' },
  { type: 'application.created', label: 'Someone applied to one of your jobs' },
  { type: 'application.status_changed', label: 'An application changed status' },
];

export function Webhooks() {
  const webhooks = api.useQuery('get', '/v1/webhooks');
  const refresh = () => invalidate('/v1/webhooks');
  const remove = api.useMutation('delete', '/v1/webhooks/{id}', { onSuccess: refresh });
  return (
    <div className="two-column">
      <section aria-labelledby="endpoints">
        <h2 id="endpoints">Endpoints</h2>
        <p className="muted">
          Deliveries are signed with Standard Webhooks headers, retried with backoff for days, and logged attempt by
          attempt.
        </p>
        <QueryView query={webhooks} label="webhooks" skeleton={<Skeleton lines={3} height="3rem" />}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title="No endpoints yet">
                <p>Register a URL to receive grades and applications in your own systems.</p>
              </EmptyState>
            ) : (
              <ul className="list">
                {items.map((webhook) => (
                  <li key={webhook.id} className="list-item">
                    <div className="ranked-head">
                      <code className="list-title break">{webhook.url}</code>
                      {webhook.disabledAt ? (
                        <span className="tag tag-danger">disabled</span>
                      ) : (
                        <span className="tag tag-ok">active</span>
                      )}
                    </div>
                    <p className="meta">
                      {webhook.events.join(', ')} · since {date(webhook.createdAt)}
                    </p>
                    {webhook.disabledAt && (
                      <p className="warning">
                        Disabled {dateTime(webhook.disabledAt)}: {webhook.disabledReason ?? 'it kept failing'}
                      </p>
                    )}
                    <p className="actions">
                      <Link to={`/company/webhooks/${webhook.id}`} className="button button-quiet">
                        Delivery log <span className="visually-hidden">for {webhook.url}</span>
                      </Link>
                      <ItemActionButton
                        action="Remove"
                        item={webhook.url}
                        disabled={remove.isPending}
                        onClick={() => remove.mutate({ params: { path: { id: webhook.id } } })}
                      />
                    </p>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
        {remove.isError && <ProblemMessage error={remove.error} />}
      </section>
      <RegisterWebhook onRegistered={refresh} />
    </div>
  );
}

function RegisterWebhook({ onRegistered }: { onRegistered: () => unknown }) {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(EVENTS.map((event) => event.type));
  const register = api.useMutation('post', '/v1/webhooks', { onSuccess: onRegistered });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate({ body: { url, events } });
  };
  return (
    <form onSubmit={onSubmit} className="stack card" aria-labelledby="register-webhook">
      <h2 id="register-webhook">Register an endpoint</h2>
      <TextField
        label="Endpoint URL"
        name="url"
        type="url"
        required
        placeholder="https://hooks.example.com/skillproof"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        error={register.error}
      />
      <fieldset>
        <legend>Events to send</legend>
        {EVENTS.map((option) => (
          <label key={option.type} className="check">
            <input
              type="checkbox"
              checked={events.includes(option.type)}
              onChange={(event) =>
                setEvents(
                  event.target.checked ? [...events, option.type] : events.filter((type) => type !== option.type),
                )
              }
            />
            <span>
              <code>{option.type}</code> <small className="muted">{option.label}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {register.isError && <ProblemMessage error={register.error} />}
      <button type="submit" className="button button-primary" disabled={register.isPending || events.length === 0}>
        {register.isPending ? 'Registering…' : 'Register endpoint'}
      </button>
      {register.data && <ShownOnce label="Signing secret" value={register.data.secret} />}
    </form>
  );
}
