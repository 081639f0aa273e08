import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { Loading, Skeleton } from '../components/States';

/** Each page is its own chunk, so a visitor downloads only the pages they open. */
const PAGES: Array<[path: string, page: LazyExoticComponent<ComponentType>]> = [
  ['skills', lazy(() => import('../pages/skills/SkillsPage'))],
  ['skills/:slug', lazy(() => import('../pages/skill/SkillPage'))],
  ['careers/:slug', lazy(() => import('../pages/careers/CareerPage'))],
  ['career-match', lazy(() => import('../pages/careers/CareerMatchPage'))],
  ['challenges', lazy(() => import('../pages/challenges/ChallengesPage'))],
  ['challenges/:id', lazy(() => import('../pages/challenges/ChallengePage'))],
  ['attempts/:id', lazy(() => import('../pages/challenges/AttemptPage'))],
  ['submissions/:id', lazy(() => import('../pages/challenges/SubmissionPage'))],
  ['quiz', lazy(() => import('../pages/quiz/QuizPage'))],
  ['jobs', lazy(() => import('../pages/jobs/JobsPage'))],
  ['jobs/:id', lazy(() => import('../pages/jobs/JobPage'))],
  ['profiles/:handle', lazy(() => import('../pages/profile/ProfilePage'))],
  ['sign-in', lazy(() => import('../pages/account/SignInPage'))],
  ['sign-up', lazy(() => import('../pages/account/SignUpPage'))],
  ['me', lazy(() => import('../pages/account/MyProfilePage'))],
  ['company', lazy(() => import('../pages/company/CompanyPage'))],
  ['company/challenges/new', lazy(() => import('../pages/company/ChallengeCreatePage'))],
  ['company/jobs/new', lazy(() => import('../pages/company/JobCreatePage'))],
  ['company/jobs/:id', lazy(() => import('../pages/company/ApplicantsPage'))],
  ['company/webhooks/:id', lazy(() => import('../pages/company/DeliveriesPage'))],
  ['*', lazy(() => import('../pages/NotFoundPage'))],
];

const HomePage = lazy(() => import('../pages/home/HomePage'));

function Page({ component: Component }: { component: ComponentType }) {
  return (
    <Suspense
      fallback={
        <Loading label="Loading the page…">
          <Skeleton lines={6} />
        </Loading>
      }
    >
      <Component />
    </Suspense>
  );
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Page component={HomePage} />} />
        {PAGES.map(([path, component]) => (
          <Route key={path} path={path} element={<Page component={component} />} />
        ))}
      </Route>
    </Routes>
  );
}
