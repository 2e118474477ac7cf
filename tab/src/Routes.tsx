import { lazy, Suspense } from 'react';
import { LoadingState } from './common/LoadingState';
import { HomePage } from './home/HomePage';
import { routeHash } from './routing/routes';
import { useHashRoute } from './routing/useHashRoute';
import { useRouteFocus } from './routing/useRouteFocus';
import { NotFoundPage } from './shell/NotFoundPage';
import { WizardPage } from './wizard/WizardPage';

// Workshop screens carry the schemas (zod) and the forms; the first screen does without them.
const WorkshopPage = lazy(() => import('./workshops/WorkshopPage'));

/** Picks the screen for the current hash. */
export function Routes() {
  const route = useHashRoute();
  useRouteFocus(route.name === 'notFound' ? 'notFound' : routeHash(route));
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'community':
      return <WizardPage key={route.communityId} communityId={route.communityId} />;
    case 'workshop':
      return (
        <Suspense fallback={<LoadingState />}>
          <WorkshopPage key={`${route.communityId}/${route.n}`} communityId={route.communityId} n={route.n} />
        </Suspense>
      );
    case 'notFound':
      return <NotFoundPage />;
  }
}
