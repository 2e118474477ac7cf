import { type WorkshopNumber, workshopNumbers } from '@elan/core/workshops/workshopNumbers';
import { workshopCatalog } from './i18n/loadedCatalogs';
import { type Route, routeHash } from './routing/routes';
import { lazyScreen } from './routing/lazyScreen';
import { useHashRoute } from './routing/useHashRoute';
import { useRouteFocus } from './routing/useRouteFocus';
import { preloadEditor } from './workshops/form/preloadEditor';

// Every screen is its own download, fetched when first shown with the rest of the catalog, so the first screen
// carries only what it needs. A workshop's screen, the first one of the wizard, comes with that workshop's
// catalog parts alone (see lazyScreen and tab/src/i18n/firstCatalogParts.ts): one lazy screen per workshop, of
// the same code.
// A new screen: `const XPage = lazyScreen(() => import('./x/XPage'));` (a default export) and its `case` below.
const HomePage = lazyScreen(() => import('./home/HomePage'));
const WizardPage = lazyScreen(() => import('./wizard/WizardPage'));
const WorkshopPages = Object.fromEntries(
  workshopNumbers.map((n) => [n, lazyScreen(() => import('./workshops/WorkshopPage'), { catalog: workshopCatalog(n) })]),
) as Record<WorkshopNumber, ReturnType<typeof lazyScreen<{ communityId: string; n: WorkshopNumber }>>>;
const PanelPage = lazyScreen(() => import('./meeting/PanelPage'));
const StagePage = lazyScreen(() => import('./meeting/StagePage'));
const ConfigPage = lazyScreen(() => import('./config/ConfigPage'));
const MyAnswersPage = lazyScreen(() => import('./surveys/MyAnswersPage'));
const MembersPage = lazyScreen(() => import('./members/MembersPage'));
const NotebooksPage = lazyScreen(() => import('./notebooks/NotebooksPage'));
const NotebookPage = lazyScreen(() => import('./notebooks/NotebookPage'));
const ChecklistPage = lazyScreen(() => import('./checklist/ChecklistPage'));
// An unknown address needs no more of the catalog than the first parts, nor its Text and Link in the first download.
const NotFoundPage = lazyScreen<object>(() => import('./shell/NotFoundPage').then((m) => ({ default: m.NotFoundPage })), {
  catalog: 'first',
});

const screens: Record<Exclude<Route['name'], 'notFound' | 'notebooks' | 'workshop'>, { preload(): void }> = {
  home: HomePage,
  config: ConfigPage,
  community: WizardPage,
  panel: PanelPage,
  stage: StagePage,
  answers: MyAnswersPage,
  members: MembersPage,
  profile: ChecklistPage,
};

/**
 * Starts downloading the screen of `route` (for a workshop, its editor and form too) while the tab is still
 * starting; called by main.tsx once the language is known, since most screens bring the rest of its catalog.
 */
export function preloadScreen(route: Route): void {
  if (route.name === 'notFound') return NotFoundPage.preload();
  if (route.name === 'notebooks') return (route.notebookId ? NotebookPage : NotebooksPage).preload();
  if (route.name !== 'workshop') return screens[route.name].preload();
  WorkshopPages[route.n].preload();
  preloadEditor(route.n);
}

/** Picks the screen for the current hash. */
export function Routes() {
  const route = useHashRoute();
  useRouteFocus(route.name === 'notFound' ? 'notFound' : routeHash(route));
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'config':
      return <ConfigPage />;
    case 'community':
      return <WizardPage key={route.communityId} communityId={route.communityId} />;
    case 'workshop': {
      const WorkshopPage = WorkshopPages[route.n];
      return <WorkshopPage key={`${route.communityId}/${route.n}`} communityId={route.communityId} n={route.n} />;
    }
    case 'panel':
      return <PanelPage key={route.communityId} communityId={route.communityId} />;
    case 'stage':
      return <StagePage key={route.communityId} communityId={route.communityId} pollId={route.pollId} />;
    case 'answers':
      return <MyAnswersPage key={route.communityId} communityId={route.communityId} />;
    case 'members':
      return <MembersPage key={route.communityId} communityId={route.communityId} />;
    case 'notebooks':
      return route.notebookId ? (
        <NotebookPage key={`${route.communityId}/${route.notebookId}`} communityId={route.communityId} notebookId={route.notebookId} />
      ) : (
        <NotebooksPage key={route.communityId} communityId={route.communityId} />
      );
    case 'profile':
      return <ChecklistPage key={route.communityId} communityId={route.communityId} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
