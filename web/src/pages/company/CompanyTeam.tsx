import { api, invalidate } from '../../api/client';
import type { Session } from '../../auth/session';
import { ProblemMessage } from '../../components/ProblemMessage';
import { ShownOnce } from '../../components/ShownOnce';
import { QueryView, Skeleton } from '../../components/States';
import { date, dateTime } from '../../components/format';
import { TableFrame } from '../../components/TableFrame';
import { ItemActionButton } from '../../components/ItemActionButton';

/** Who acts for the company, and the one-time links that bring a colleague in. */
export function CompanyTeam({ session }: { session: Session }) {
  const members = api.useQuery('get', '/v1/company/members');
  const remove = api.useMutation('delete', '/v1/company/members/{id}', {
    onSuccess: () => invalidate('/v1/company/members'),
  });
  const invite = api.useMutation('post', '/v1/company/invitations');
  return (
    <div className="two-column">
      <section aria-labelledby="members">
        <h2 id="members">Members</h2>
        <p className="muted">
          Everyone here acts for the company. Removing someone ends their sessions at once and revokes the API keys they
          created; they keep their sign-in as a candidate.
        </p>
        <QueryView query={members} label="members" skeleton={<Skeleton lines={3} height="2.5rem" />}>
          {(items) => (
            <TableFrame label="Members table">
              <table>
                <caption className="visually-hidden">Members of your company</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Member since</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((member) => (
                    <tr key={member.userId}>
                      <th scope="row">{member.name}</th>
                      <td>{member.email}</td>
                      <td>{date(member.createdAt)}</td>
                      <td>
                        {member.userId === session.user.id ? (
                          <span className="muted">you</span>
                        ) : (
                          <ItemActionButton
                            action="Remove"
                            item={member.name}
                            disabled={remove.isPending}
                            onClick={() => remove.mutate({ params: { path: { id: member.userId } } })}
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          )}
        </QueryView>
        {remove.isError && <ProblemMessage error={remove.error} />}
      </section>
      <section className="stack card" aria-labelledby="invite">
        <h2 id="invite">Invite a colleague</h2>
        <p>
          A link that makes one new company account in your company. It works once and expires on the date shown with
          it; anyone holding it can join, so send it only to the person you mean.
        </p>
        <button
          type="button"
          className="button button-primary"
          disabled={invite.isPending}
          onClick={() => invite.mutate({})}
        >
          {invite.isPending ? 'Creating…' : 'Create an invitation link'}
        </button>
        {invite.isError && <ProblemMessage error={invite.error} />}
        {invite.data && (
          <ShownOnce
            label={`Invitation link, valid until ${dateTime(invite.data.expiresAt)}`}
            value={`${window.location.origin}/sign-up?invitation=${encodeURIComponent(invite.data.code)}`}
          />
        )}
      </section>
    </div>
  );
}
