import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { User } from '../api/types';
import { EmptyState } from '../components/States';
import type { Session } from './session';
import { useSession } from './use-session';

const WHO: Record<User['role'], string> = { candidate: 'a candidate', company: 'a company', admin: 'an admin' };

/** Renders the page for the right kind of account, and says plainly what to do otherwise. */
export function RequireRole({
  role,
  title,
  children,
}: {
  role: User['role'];
  title: string;
  children: (session: Session) => ReactNode;
}) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    return (
      <>
        <title>{`${title} · Skillproof`}</title>
        <h1>{title}</h1>
        <EmptyState title={`Sign in as ${WHO[role]} to see this page`}>
          <p>
            <Link to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}>Sign in</Link> or{' '}
            <Link to="/sign-up">create an account</Link>.
          </p>
        </EmptyState>
      </>
    );
  }
  if (session.user.role !== role) {
    return (
      <>
        <title>{`${title} · Skillproof`}</title>
        <h1>{title}</h1>
        <EmptyState title={`This page is for ${WHO[role]} account`}>
          <p>You are signed in as {WHO[session.user.role]}.</p>
        </EmptyState>
      </>
    );
  }
  return <>{children(session)}</>;
}
