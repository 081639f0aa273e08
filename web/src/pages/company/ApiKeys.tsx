import { useState, type FormEvent } from 'react';
import { api, invalidate } from '../../api/client';
import { TextField } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { ShownOnce } from '../../components/ShownOnce';
import { EmptyState, QueryView, Skeleton } from '../../components/States';
import { date } from '../../components/format';
import { TableFrame } from '../../components/TableFrame';
import { ItemActionButton } from '../../components/ItemActionButton';

export function ApiKeys() {
  const keys = api.useQuery('get', '/v1/api-keys');
  const refresh = () => invalidate('/v1/api-keys');
  const [name, setName] = useState('');
  const create = api.useMutation('post', '/v1/api-keys', { onSuccess: refresh });
  const revoke = api.useMutation('delete', '/v1/api-keys/{id}', { onSuccess: refresh });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ body: name ? { name } : {} });
  };
  return (
    <div className="two-column">
      <section aria-labelledby="keys">
        <h2 id="keys">API keys</h2>
        <p className="muted">
          Integrations send a key as <code>X-Api-Key</code>. Only a hash is stored; the prefix tells keys apart.
        </p>
        <QueryView query={keys} label="API keys" skeleton={<Skeleton lines={3} height="2.5rem" />}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title="No API keys yet" />
            ) : (
              <TableFrame label="API keys table">
                <table>
                  <caption className="visually-hidden">Your API keys</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Prefix</th>
                      <th scope="col">Created</th>
                      <th scope="col">State</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((key) => (
                      <tr key={key.id}>
                        <th scope="row">{key.name}</th>
                        <td>
                          <code>{key.prefix}…</code>
                        </td>
                        <td>{date(key.createdAt)}</td>
                        <td>
                          {key.revokedAt ? (
                            `revoked ${date(key.revokedAt)}`
                          ) : (
                            <ItemActionButton
                              action="Revoke"
                              item={key.name}
                              disabled={revoke.isPending}
                              onClick={() => revoke.mutate({ params: { path: { id: key.id } } })}
                            />
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
            )
          }
        </QueryView>
        {revoke.isError && <ProblemMessage error={revoke.error} />}
      </section>
      <form onSubmit={onSubmit} className="stack card" aria-labelledby="new-key">
        <h2 id="new-key">Create a key</h2>
        <TextField
          label="Name"
          name="name"
          hint="What uses it, so you know which to revoke."
          placeholder="ATS integration"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={create.error}
        />
        {create.isError && <ProblemMessage error={create.error} />}
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create key'}
        </button>
        {create.data && <ShownOnce label={`API key “${create.data.name}”`} value={create.data.key} />}
      </form>
    </div>
  );
}
