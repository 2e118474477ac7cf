import { lazy, Suspense } from 'react';
import { LoadingState } from './common/LoadingState';
import { HomePage } from './home/HomePage';
import { routeHash } from './routing/routes';
import { useHashRoute } from './routing/useHashRoute';
import { useRouteFocus } from './routing/useRouteFocus';
import { NotFoundPage } from './shell/NotFoundPage';
import { WizardPage } from './wizard/WizardPage';

// Workshop screens carry the schemas (zod) and the forms; the first screen does without them, and the meeting views too.
const WorkshopPage = lazy(() => import('./workshops/WorkshopPage'));
const PanelPage = lazy(() => import('./meeting/PanelPage'));
const StagePage = lazy(() => import('./meeting/StagePage'));
const ConfigPage = lazy(() => import('./config/ConfigPage'));
const MyAnswersPage = lazy(() => import('./surveys/MyAnswersPage'));
const MembersPage = lazy(() => import('./members/MembersPage'));
const NotebooksPage = lazy(() => import('./notebooks/NotebooksPage'));
const NotebookPage = lazy(() => import('./notebooks/NotebookPage'));
const ChecklistPage = lazy(() => import('./checklist/ChecklistPage'));

/** Picks the screen for the current hash. */
export function Routes() {
  const route = useHashRoute();
  useRouteFocus(route.name === 'notFound' ? 'notFound' : routeHash(route));
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'config':
      return (
        <Suspense fallback={<LoadingState />}>
          <ConfigPage />
        </Suspense>
      );
    case 'community':
      return <WizardPage key={route.communityId} communityId={route.communityId} />;
    case 'workshop':
      return (
        <Suspense fallback={<LoadingState />}>
          <WorkshopPage key={`${route.communityId}/${route.n}`} communityId={route.communityId} n={route.n} />
        </Suspense>
      );
    case 'panel':
      return (
        <Suspense fallback={<LoadingState />}>
          <PanelPage key={route.communityId} communityId={route.communityId} />
        </Suspense>
      );
    case 'stage':
      return (
        <Suspense fallback={<LoadingState />}>
          <StagePage key={route.communityId} communityId={route.communityId} pollId={route.pollId} />
        </Suspense>
      );
    case 'answers':
      return (
        <Suspense fallback={<LoadingState />}>
          <MyAnswersPage key={route.communityId} communityId={route.communityId} />
        </Suspense>
      );
    case 'members':
      return (
        <Suspense fallback={<LoadingState />}>
          <MembersPage key={route.communityId} communityId={route.communityId} />
        </Suspense>
      );
    case 'notebooks':
      return (
        <Suspense fallback={<LoadingState />}>
          {route.notebookId ? (
            <NotebookPage key={`${route.communityId}/${route.notebookId}`} communityId={route.communityId} notebookId={route.notebookId} />
          ) : (
            <NotebooksPage key={route.communityId} communityId={route.communityId} />
          )}
        </Suspense>
      );
    case 'profile':
      return (
        <Suspense fallback={<LoadingState />}>
          <ChecklistPage key={route.communityId} communityId={route.communityId} />
        </Suspense>
      );
    case 'notFound':
      return <NotFoundPage />;
  }
}
