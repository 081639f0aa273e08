import { Link, useNavigate } from 'react-router';
import { sessions, type Session } from '../auth/session';

/** Sign in and sign up for visitors; the account's own pages and sign out for members. */
export function AccountMenu({ session }: { session: Session | null }) {
  const navigate = useNavigate();
  if (!session) {
    return (
      <div className="account">
        <Link to="/sign-in" className="button button-quiet">
          Sign in
        </Link>
        <Link to="/sign-up" className="button button-primary">
          Sign up
        </Link>
      </div>
    );
  }
  const home =
    session.user.role === 'company' ? { to: '/company', label: 'Company' } : { to: '/me', label: 'My profile' };
  return (
    <div className="account">
      {session.user.role !== 'admin' && (
        <Link to={home.to} className="button button-quiet">
          {home.label}
        </Link>
      )}
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          sessions.end();
          void navigate('/');
        }}
      >
        Sign out <span className="visually-hidden">{session.user.name}</span>
      </button>
    </div>
  );
}
