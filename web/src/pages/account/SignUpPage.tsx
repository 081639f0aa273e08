import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { User } from '../../api/types';
import { sessions } from '../../auth/session';
import { TextField } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { nextPath } from './next-path';

type Role = Exclude<User['role'], 'admin'>;

export default function SignUpPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const invited = params.get('invitation') ?? '';
  const [role, setRole] = useState<Role>(params.get('role') === 'company' || invited ? 'company' : 'candidate');
  const [joining, setJoining] = useState(invited !== '');
  const [form, setForm] = useState({ name: '', email: '', password: '', companyName: '', invitationCode: invited });
  const register = api.useMutation('post', '/v1/auth/register', {
    onSuccess: (session) => {
      sessions.start(session);
      void navigate(nextPath(params, role === 'company' ? '/company' : '/me'));
    },
  });
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate({
      body: {
        role,
        name: form.name,
        email: form.email,
        password: form.password,
        ...(role === 'company' && joining ? { invitationCode: form.invitationCode.trim() } : {}),
        ...(role === 'company' && !joining ? { companyName: form.companyName } : {}),
      },
    });
  };
  return (
    <div className="narrow">
      <title>Sign up · Skillproof</title>
      <h1>Create your account</h1>
      <form onSubmit={onSubmit} className="stack card">
        <fieldset className="segmented">
          <legend>I am joining as</legend>
          <label>
            <input type="radio" name="role" checked={role === 'candidate'} onChange={() => setRole('candidate')} />
            <span>
              <strong>A candidate</strong>
              <small>Take challenges and earn verified scores</small>
            </span>
          </label>
          <label>
            <input type="radio" name="role" checked={role === 'company'} onChange={() => setRole('company')} />
            <span>
              <strong>A company</strong>
              <small>Post challenges and jobs, hire on evidence</small>
            </span>
          </label>
        </fieldset>
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          value={form.name}
          onChange={set('name')}
          error={register.error}
        />
        {role === 'company' && (
          <label className="check">
            <input type="checkbox" checked={joining} onChange={(event) => setJoining(event.target.checked)} /> I was
            invited to a company already on Skillproof
          </label>
        )}
        {role === 'company' && joining && (
          <TextField
            label="Invitation code"
            name="invitationCode"
            hint="From the link a colleague sent you; it starts with inv_."
            required
            autoComplete="off"
            value={form.invitationCode}
            onChange={set('invitationCode')}
            error={register.error}
          />
        )}
        {role === 'company' && !joining && (
          <TextField
            label="Company name"
            name="companyName"
            autoComplete="organization"
            required
            value={form.companyName}
            onChange={set('companyName')}
            error={register.error}
          />
        )}
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
          error={register.error}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          required
          minLength={10}
          value={form.password}
          onChange={set('password')}
          error={register.error}
        />
        {register.isError && <ProblemMessage error={register.error} />}
        <button type="submit" className="button button-primary" disabled={register.isPending}>
          {register.isPending ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already have an account? <Link to={`/sign-in${params.size ? `?${params}` : ''}`}>Sign in</Link>
      </p>
    </div>
  );
}
