import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
} from '@tanstack/react-router';
import { parseQueryString, stringifyQuery } from '@/lib/search/search-params';
import { validateExplorerSearch, validateOverviewSearch } from './decoded-search';
import { ExplorerLayout } from './routes/explorer-layout';
import { PageNotFound } from './routes/page-not-found';
import { RootLayout } from './routes/root-layout';
import { SearchPage } from './routes/search-page';
import { SitePage } from './routes/site-page';
import { validateTopicSearch } from './topic-search';

/**
 * Routes. The URL owns the shareable state: the explorer layout validates the search
 * parameters once per navigation (bad values fall back to defaults, and what was ignored rides
 * along: decoded-search.ts), and both its pages share them.
 */
const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: PageNotFound });

const explorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'explorer',
  component: ExplorerLayout,
  validateSearch: validateExplorerSearch,
});

const searchRoute = createRoute({ getParentRoute: () => explorerRoute, path: '/', component: SearchPage });

const siteRoute = createRoute({
  getParentRoute: () => explorerRoute,
  path: '/sites/$collectionId/$featureId',
  component: SitePage,
});

// Pages other than the search view load as chunks of their own when first opened, so the
// search view (the usual landing page) evaluates less script at start.
// The supply overview: the same search parameters, its charts in a lazily loaded chunk.
const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/overview',
  component: lazyRouteComponent(() => import('./routes/overview-page')),
  validateSearch: validateOverviewSearch,
});

const newsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/news',
  component: lazyRouteComponent(() => import('./routes/context-pages'), 'NewsPage'),
  validateSearch: validateTopicSearch,
});
const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  component: lazyRouteComponent(() => import('./routes/context-pages'), 'ProjectsPage'),
  validateSearch: validateTopicSearch,
});
const eventsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events',
  validateSearch: validateTopicSearch,
  component: lazyRouteComponent(() => import('./routes/context-pages'), 'EventsPage'),
});

/**
 * Shortlist keys (`ids`, compare's `list`) are percent-encoded piece by piece and read from the
 * query string by the pages (share/shortlist-link.ts): the router keeps them as written, so an
 * encoded `,` inside an id never becomes a separator.
 */
const RAW_PARAMS = ['ids', 'list'] as const;

const shortlistRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/shortlist',
  component: lazyRouteComponent(() => import('./routes/shortlist-page'), 'ShortlistPage'),
});
const shortlistPrintRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/shortlist/print',
  component: lazyRouteComponent(() => import('./routes/shortlist-print-page'), 'ShortlistPrintPage'),
});
const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  component: lazyRouteComponent(() => import('./routes/compare-page'), 'ComparePage'),
});

const searchesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/searches',
  component: lazyRouteComponent(() => import('./routes/saved-searches-page'), 'SavedSearchesPage'),
});

export const routeTree = rootRoute.addChildren([
  explorerRoute.addChildren([searchRoute, siteRoute]),
  overviewRoute,
  newsRoute,
  projectsRoute,
  eventsRoute,
  shortlistRoute,
  shortlistPrintRoute,
  compareRoute,
  searchesRoute,
]);

export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    basepath: import.meta.env.BASE_URL,
    parseSearch: (search) => parseQueryString(search, RAW_PARAMS),
    stringifySearch: (search) => stringifyQuery(search, RAW_PARAMS),
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
