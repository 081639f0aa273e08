import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, invalidate } from '../../api/client';
import type { OwnProfile, ProfileUpdate } from '../../api/types';
import { RequireRole } from '../../auth/RequireRole';
import { TextArea, TextField } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryView, Skeleton } from '../../components/States';
import { VerifiedSkills } from '../../components/VerifiedSkills';
import { JobMatches } from './JobMatches';

export default function MyProfilePage() {
  return (
    <RequireRole role="candidate" title="My profile">
      {() => <MyProfile />}
    </RequireRole>
  );
}

function MyProfile() {
  const me = api.useQuery('get', '/v1/me');
  return (
    <>
      <QueryView query={me} label="your profile" page="My profile" skeleton={<Skeleton lines={8} height="2rem" />}>
        {(me) =>
          me.profile && (
            <>
              <title>My profile · Skillproof</title>
              <header className="page-head">
                <p className="eyebrow">Signed in as {me.user.email}</p>
                <h1>{me.profile.name}</h1>
                <p>
                  {me.profile.visibility === 'public' ? (
                    <Link to={`/profiles/${me.profile.handle}`}>See your public profile</Link>
                  ) : (
                    'Your profile is private: only you can see it.'
                  )}
                </p>
              </header>
              <div className="two-column">
                <div>
                  <section aria-labelledby="verified">
                    <h2 id="verified">Your verified skills</h2>
                    <VerifiedSkills
                      skills={me.profile.verifiedSkills}
                      emptyHint="Take a challenge: a graded submission becomes a verified score here."
                    />
                  </section>
                  <section aria-labelledby="matches">
                    <h2 id="matches">Jobs that fit your verified skills</h2>
                    <JobMatches />
                  </section>
                </div>
                <ProfileForm profile={me.profile} />
              </div>
            </>
          )
        }
      </QueryView>
    </>
  );
}

function ProfileForm({ profile }: { profile: OwnProfile }) {
  const [form, setForm] = useState({
    handle: profile.handle,
    name: profile.name,
    headline: profile.headline ?? '',
    location: profile.location ?? '',
    links: profile.links.join('\n'),
    visibility: profile.visibility,
  });
  const save = api.useMutation('patch', '/v1/me/profile', {
    onSuccess: () => invalidate('/v1/me'),
  });
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body: ProfileUpdate = {
      handle: form.handle,
      name: form.name,
      headline: form.headline,
      location: form.location,
      links: form.links
        .split('\n')
        .map((link) => link.trim())
        .filter(Boolean),
      visibility: form.visibility,
    };
    save.mutate({ body });
  };
  return (
    <form onSubmit={onSubmit} className="stack card" aria-labelledby="edit">
      <h2 id="edit">Edit your profile</h2>
      <TextField label="Name" name="name" required value={form.name} onChange={set('name')} error={save.error} />
      <TextField
        label="Handle"
        name="handle"
        hint={`Your public address: /profiles/${form.handle || 'your-handle'}`}
        required
        value={form.handle}
        onChange={set('handle')}
        error={save.error}
      />
      <TextField
        label="Headline"
        name="headline"
        maxLength={160}
        value={form.headline}
        onChange={set('headline')}
        error={save.error}
      />
      <TextField
        label="Location"
        name="location"
        maxLength={120}
        value={form.location}
        onChange={set('location')}
        error={save.error}
      />
      <TextArea
        label="Links"
        name="links"
        hint="One web address per line, up to 10."
        rows={3}
        value={form.links}
        onChange={set('links')}
        error={save.error}
      />
      <fieldset className="segmented">
        <legend>Who can see your profile</legend>
        <label>
          <input
            type="radio"
            name="visibility"
            checked={form.visibility === 'public'}
            onChange={() => setForm({ ...form, visibility: 'public' })}
          />
          <span>
            <strong>Public</strong>
            <small>Anyone with the link, and companies you apply to</small>
          </span>
        </label>
        <label>
          <input
            type="radio"
            name="visibility"
            checked={form.visibility === 'private'}
            onChange={() => setForm({ ...form, visibility: 'private' })}
          />
          <span>
            <strong>Private</strong>
            <small>Only you</small>
          </span>
        </label>
      </fieldset>
      {save.isError && <ProblemMessage error={save.error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save profile'}
        </button>
        <span role="status" className="muted">
          {save.isSuccess && !save.isPending ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}
