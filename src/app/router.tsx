import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
} from '@tanstack/react-router';
import { decodeSearch, parseQueryString, stringifyQuery } from '@/features/search/search-params';
import { decodeLayoutParams } from './layout-params';
import { EventsPage, NewsPage, ProjectsPage, validateTopicSearch } from './routes/context-pages';
import { ExplorerLayout } from './routes/explorer-layout';
import { PageNotFound } from './routes/page-not-found';
import { RootLayout } from './routes/root-layout';
import { ComparePage } from './routes/compare-page';
import { SearchPage } from './routes/search-page';
import { ShortlistPage } from './routes/shortlist-page';
import { SitePage } from './routes/site-page';

/**
 * Routes. The URL owns the shareable state: the explorer layout validates the search
 * parameters once (bad values fall back to defaults), and both its pages share them.
 */
const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: PageNotFound });

const explorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'explorer',
  component: ExplorerLayout,
  validateSearch: (raw: Record<string, unknown>) => ({
    ...decodeSearch(raw).params,
    ...decodeLayoutParams(raw).layout,
  }),
});

const searchRoute = createRoute({ getParentRoute: () => explorerRoute, path: '/', component: SearchPage });

const siteRoute = createRoute({
  getParentRoute: () => explorerRoute,
  path: '/sites/$collectionId/$featureId',
  component: SitePage,
});

// The supply overview: the same search parameters, its charts in a lazily loaded chunk.
const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/overview',
  component: lazyRouteComponent(() => import('./routes/overview-page')),
  validateSearch: (raw: Record<string, unknown>) => decodeSearch(raw).params,
});

const newsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/news',
  component: NewsPage,
  validateSearch: validateTopicSearch,
});
const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  component: ProjectsPage,
  validateSearch: validateTopicSearch,
});
const eventsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/events', component: EventsPage });

// `ids` is read from the raw query string by the pages (see share/shortlist-link.ts).
const shortlistRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/shortlist',
  component: ShortlistPage,
});
const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  component: ComparePage,
});

export const routeTree = rootRoute.addChildren([
  explorerRoute.addChildren([searchRoute, siteRoute]),
  overviewRoute,
  newsRoute,
  projectsRoute,
  eventsRoute,
  shortlistRoute,
  compareRoute,
]);

export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    basepath: import.meta.env.BASE_URL,
    parseSearch: parseQueryString,
    stringifySearch: stringifyQuery,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
