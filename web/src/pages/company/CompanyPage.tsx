import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { RequireRole } from '../../auth/RequireRole';
import type { Session } from '../../auth/session';
import { CompanyChallenges } from './CompanyChallenges';
import { CompanyJobs } from './CompanyJobs';
import { Webhooks } from './Webhooks';
import { ApiKeys } from './ApiKeys';
import { CompanyTeam } from './CompanyTeam';

const TABS = [
  { id: 'challenges', label: 'Challenges' },
  { id: 'jobs', label: 'Jobs' },
  { id: 'webhooks', label: 'Webhooks' },
  { id: 'api-keys', label: 'API keys' },
  { id: 'team', label: 'Team' },
] as const;

type Tab = (typeof TABS)[number]['id'];

export default function CompanyPage() {
  return (
    <RequireRole role="company" title="Company">
      {(session) => <Dashboard session={session} />}
    </RequireRole>
  );
}

function Dashboard({ session }: { session: Session }) {
  const [params] = useSearchParams();
  const tab = (TABS.find((entry) => entry.id === params.get('tab'))?.id ?? 'challenges') as Tab;
  const me = api.useQuery('get', '/v1/me');
  const companyId = session.user.companyId ?? '';
  return (
    <>
      <title>{`${me.data?.company?.name ?? 'Company'} · Skillproof`}</title>
      <header className="page-head">
        <p className="eyebrow">Signed in as {session.user.name}</p>
        <h1>{me.data?.company?.name ?? 'Your company'}</h1>
      </header>
      <nav className="tabs" aria-label="Company sections">
        <ul>
          {TABS.map((entry) => (
            <li key={entry.id}>
              <Link to={`?tab=${entry.id}`} aria-current={entry.id === tab ? 'page' : undefined} replace>
                {entry.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'challenges' && <CompanyChallenges companyId={companyId} />}
      {tab === 'jobs' && <CompanyJobs companyId={companyId} />}
      {tab === 'webhooks' && <Webhooks />}
      {tab === 'api-keys' && <ApiKeys />}
      {tab === 'team' && <CompanyTeam session={session} />}
    </>
  );
}
