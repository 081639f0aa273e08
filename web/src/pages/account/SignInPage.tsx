import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { sessions } from '../../auth/session';
import { TextField } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { nextPath } from './next-path';

export default function SignInPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = api.useMutation('post', '/v1/auth/login', {
    onSuccess: (session) => {
      const started = sessions.start(session);
      void navigate(nextPath(params, started.user.role === 'company' ? '/company' : '/me'));
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ body: { email, password } });
  };
  return (
    <div className="narrow">
      <title>Sign in · Skillproof</title>
      <h1>Sign in</h1>
      <form onSubmit={onSubmit} className="stack card">
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={login.error}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={login.error}
        />
        {login.isError && <ProblemMessage error={login.error} />}
        <button type="submit" className="button button-primary" disabled={login.isPending}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        No account yet? <Link to={`/sign-up${params.size ? `?${params}` : ''}`}>Sign up free</Link>
      </p>
    </div>
  );
}
