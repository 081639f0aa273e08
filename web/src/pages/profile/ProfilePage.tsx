import { useParams } from 'react-router';
import { api } from '../../api/client';
import { QueryView, Skeleton } from '../../components/States';
import { VerifiedSkills } from '../../components/VerifiedSkills';

export default function ProfilePage() {
  const { handle = '' } = useParams();
  const profile = api.useQuery('get', '/v1/profiles/{handle}', { params: { path: { handle } } });
  return (
    <QueryView query={profile} label="the profile" page="Profile" skeleton={<Skeleton lines={6} height="2rem" />}>
      {(profile) => (
        <article className="profile">
          <title>{`${profile.name} · verified skills · Skillproof`}</title>
          <header className="page-head profile-head">
            <div className="avatar" aria-hidden="true">
              {profile.name
                .split(/\s+/)
                .map((part) => part[0])
                .join('')
                .slice(0, 2)}
            </div>
            <div>
              <h1>{profile.name}</h1>
              {profile.headline && <p className="lede">{profile.headline}</p>}
              <p className="meta">
                @{profile.handle}
                {profile.location && ` · ${profile.location}`}
              </p>
              {profile.links.length > 0 && (
                <ul className="plain inline">
                  {profile.links.map((link) => (
                    <li key={link}>
                      {/* Links are the candidate's own text: only web addresses become links. */}
                      {/^https?:\/\//i.test(link) ? (
                        <a href={link} rel="nofollow noopener noreferrer ugc">
                          {link.replace(/^https?:\/\//i, '')}
                        </a>
                      ) : (
                        link
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </header>
          <section aria-labelledby="verified">
            <h2 id="verified">Verified skills</h2>
            <p className="muted">
              Each score comes from graded challenge work; the evidence under it says which work and how it was graded.
            </p>
            <VerifiedSkills
              skills={profile.verifiedSkills}
              emptyHint={`${profile.name} has not earned a verified score yet.`}
            />
          </section>
        </article>
      )}
    </QueryView>
  );
}
