import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/**
 * The Standortfinder as the specs see it: domain verbs over the DOM contract in
 * docs/testing.md, so a spec never touches selectors or the browser API directly.
 *
 * DOM contract:
 * - result count: `role="status"`, text like `152 Flächen · 64 Hallen` (German digit grouping)
 * - result list: `<ul aria-label="Ergebnisse">`, one link per `<li>` to `/sites/{collectionId}/{featureId}`
 * - map: `role="region"` + `aria-label="Karte"` holding the MapLibre canvas; on every `idle`
 *   the region (or an element inside it) gets `data-map-ready="true"` and `data-rendered-sites="<n>"`
 * - detail page: `<h1>` is the site name, or "Standort nicht gefunden"
 * - endpoint failure: `role="alert"` with a button "Erneut versuchen"
 */

const RESULTS_LIST = 'ul[aria-label="Ergebnisse"]';
// A <section> with an accessible name has the implicit role "region".
const MAP_REGION = 'section[aria-label="Karte"]';
/** The element carrying the map state: the region itself or an element inside it. */
const MAP_STATE = `${MAP_REGION}[data-map-ready], ${MAP_REGION} [data-map-ready]`;
// German or English (`lang=en`): `152 Flächen · 64 Hallen`, `152 plots · 64 halls`.
const COUNT_TEXT = /\d\s*(Fläche|Halle|plot|hall)/;
const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/', import.meta.url));
const DEFAULT_TIMEOUT_MS = 30_000;

export interface ResultCount {
  plots: number;
  halls: number;
  total: number;
}

/** `"1.234 Flächen · 64 Hallen"` → `{ plots: 1234, halls: 64, total: 1298 }`; a missing kind counts 0. */
export function parseResultCount(text: string): ResultCount {
  const read = (pattern: RegExp): number | undefined => {
    const match = pattern.exec(text);
    return match?.[1] === undefined ? undefined : Number(match[1].replace(/[.\s\u00a0\u202f]/g, ''));
  };
  const plots = read(/(\d[\d.\u00a0\u202f]*)\s*Fläche/);
  const halls = read(/(\d[\d.\u00a0\u202f]*)\s*Halle/);
  if (plots === undefined && halls === undefined) {
    throw new Error(`not a result count: "${text}"`);
  }
  return { plots: plots ?? 0, halls: halls ?? 0, total: (plots ?? 0) + (halls ?? 0) };
}

/** True for a URL that would leave the app's origin (data: and blob: URLs never leave the browser). */
export function leavesOrigin(url: string, appOrigin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return false;
  try {
    return new URL(url).origin !== appOrigin;
  } catch {
    return true;
  }
}

/** Waits until a checkbox or radio shows as checked (the app re-renders it from the URL). */
async function expectChecked(control: Locator, timeout = DEFAULT_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await control.isChecked())) {
    if (Date.now() > deadline) throw new Error('the option did not become checked');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const safeFileName = (name: string) =>
  name
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120) || 'screenshot';

export class SiteFinderDriver {
  private readonly outside: string[] = [];
  private readonly requested: string[] = [];
  private readonly errors: string[] = [];
  private readonly origin: string;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly appUrl: string,
  ) {
    this.origin = new URL(appUrl).origin;
    // On the context, so requests of workers and the service worker count too.
    context.on('request', (request) => {
      if (leavesOrigin(request.url(), this.origin)) this.outside.push(request.url());
      this.requested.push(request.url());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  /** A fresh browser context (no cookies, storage or service worker) with one page. */
  static async open(browser: Browser, appUrl: string): Promise<SiteFinderDriver> {
    const context = await browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'allow',
    });
    context.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
    // Collects Content Security Policy violations (see cspViolations()).
    await context.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const page = await context.newPage();
    return new SiteFinderDriver(context, page, appUrl.replace(/\/+$/, ''));
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  // --- search -------------------------------------------------------------------------

  /** Opens the search page (`query` like `kind=plots&area_min=20000`) and waits for its result or error. */
  async openSearch(query?: string): Promise<void> {
    const search = query ? `?${query.replace(/^\?/, '')}` : '';
    await this.page.goto(`${this.appUrl}/${search}`);
    await this.countStatus().or(this.page.getByRole('alert')).first().waitFor({ state: 'visible' });
  }

  /** The result count as shown, e.g. `152 Flächen · 64 Hallen` (waits until one is shown). */
  async resultCountText(): Promise<string> {
    const status = this.countStatus();
    await status.waitFor({ state: 'visible' });
    return (await status.innerText()).trim();
  }

  /** The result count as numbers. */
  async resultCount(): Promise<ResultCount> {
    return parseResultCount(await this.resultCountText());
  }

  /** The names of the listed sites, in list order (only the rendered ones of a virtual list). */
  async resultNames(): Promise<string[]> {
    const list = this.page.locator(RESULTS_LIST);
    await list.waitFor({ state: 'attached' });
    return (await list.locator('li a').allInnerTexts()).map((name) => name.trim());
  }

  /** Follows the result link with this name, as a user clicking it in the list. */
  async chooseResult(name: string): Promise<void> {
    // Without a name the locator matches every card and `.first()` clicks whichever is
    // rendered first, scrolling the list to it (the back-from-detail test once did that).
    if (!name) throw new Error('chooseResult needs the name of a card');
    await this.page.locator(RESULTS_LIST).getByRole('link', { name, exact: true }).first().click();
    await this.page.waitForURL(/\/sites\//);
  }

  /**
   * Types a size range in m² into the filter bar, as a user would (Enter commits each field). The
   * fields read in the view's unit (ha or m²), so the value carries its unit: "20000 m²".
   */
  async filterBySize(min?: number, max?: number): Promise<void> {
    const fill = async (label: RegExp, value: number | undefined) => {
      if (value === undefined) return;
      const input = this.page.getByLabel(label);
      await input.fill(`${value} m²`);
      await input.press('Enter');
    };
    await fill(/^Fläche von \((ha|m²)\)$/, min);
    await fill(/^Fläche bis \((ha|m²)\)$/, max);
  }

  /** Opens a collapsed filter section by its title (`Lage`, `Gewerbeflächen`, …). */
  async openFilterSection(title: string): Promise<void> {
    const section = this.page.locator('details.filter-section', {
      has: this.page.locator('summary', { hasText: title }),
    });
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  }

  /** Ticks an option (state, zoning, …) in the filter panel by its label. */
  async chooseOption(label: string): Promise<void> {
    // A click, then wait: the box follows the URL a moment later (check() expects it at once).
    const box = this.page.getByRole('checkbox', { name: label, exact: true });
    await box.click();
    await expectChecked(box);
  }

  /** Chooses a sort order by its visible label, e.g. `Name (A–Z)`. */
  async sortBy(label: string): Promise<void> {
    await this.page.getByLabel('Sortierung').selectOption({ label });
  }

  /** Chooses a kind in the filter bar: `Alle`, `Flächen` or `Hallen`. */
  async filterByKind(kind: 'Alle' | 'Flächen' | 'Hallen'): Promise<void> {
    const radio = this.page.getByRole('radio', { name: kind, exact: true });
    await radio.click();
    await expectChecked(radio);
  }

  /**
   * Every page loaded from now on finds `text` as the router's stored scroll positions
   * (sessionStorage), written before the app's scripts run: after the router of the page left
   * behind has stored its own on `pagehide`.
   */
  async storeScrollPositionsOnLoad(text: string): Promise<void> {
    await this.page.addInitScript(
      (value) => sessionStorage.setItem('tsr-scroll-restoration-v1_3', value),
      text,
    );
  }

  /** Reloads the page and waits for the result count or an error. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.countStatus().or(this.page.getByRole('alert')).first().waitFor({ state: 'visible' });
  }

  /** The current search parameters of the address bar. */
  searchParams(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  /** The error shown when an endpoint fails, or null. */
  async failureMessage(): Promise<string | null> {
    const alert = this.page.getByRole('alert').filter({ has: this.retryButton() });
    return (await alert.count()) > 0 ? (await alert.first().innerText()).trim() : null;
  }

  async retry(): Promise<void> {
    await this.retryButton().first().click();
  }

  /** Clicks every "Erneut versuchen" shown (one per failed collection). */
  async retryAll(): Promise<void> {
    // Last first: an alert that goes away must not shift the ones still to click.
    for (const button of (await this.retryButton().all()).reverse()) await button.click();
  }

  /** Whether the sample-data note ("Beispieldaten") is visible. */
  async showsSampleDataNote(): Promise<boolean> {
    return this.page.getByText('Beispieldaten').first().isVisible();
  }

  // --- regional context ---------------------------------------------------------------

  /** Opens the news page (`query` like `topic=hydrogen`) and waits for its count. */
  async openNews(query?: string): Promise<void> {
    const search = query ? `?${query.replace(/^\?/, '')}` : '';
    await this.page.goto(`${this.appUrl}/news${search}`);
    await this.page
      .getByRole('status')
      .filter({ hasText: /Meldung|news item/ })
      .waitFor({ state: 'visible' });
  }

  /** The titles of the news items listed on the news page, in page order. */
  async newsTitles(): Promise<string[]> {
    return (await this.page.locator('article h2').allInnerTexts()).map((t) => t.trim());
  }

  /** The sites a news item lists as related ("Standorte dazu"), best first (the shown ones). */
  async relatedSitesOf(newsTitle: string): Promise<string[]> {
    const list = this.page
      .getByRole('article', { name: newsTitle, exact: true })
      .getByRole('list', { name: 'Standorte dazu' });
    return (await list.locator(':scope > li > a').allInnerTexts()).map((t) => t.trim());
  }

  /** Follows a related-site link of a news item, as a user clicking it, and waits for the site page. */
  async openRelatedSite(newsTitle: string, siteName: string): Promise<void> {
    await this.page
      .getByRole('article', { name: newsTitle, exact: true })
      .getByRole('list', { name: 'Standorte dazu' })
      .getByRole('link', { name: siteName, exact: true })
      .click();
    await this.page.waitForURL(/\/sites\//);
  }

  /** The news titles in the site page's section "Aus der Region" (waits for the section). */
  async regionalNewsTitles(): Promise<string[]> {
    const section = this.page.getByRole('region', { name: 'Aus der Region' });
    await section.waitFor({ state: 'visible' });
    return (await section.locator('ol > li > a').allInnerTexts()).map((t) => t.trim());
  }

  // --- site detail --------------------------------------------------------------------

  /** Opens a site's page by deep link, e.g. `openSite('plots/gf-leipzig-gvz-01')`. */
  async openSite(siteKey: string): Promise<void> {
    await this.page.goto(`${this.appUrl}/sites/${siteKey}`);
    await this.page.locator('h1').first().waitFor({ state: 'visible' });
  }

  /** The `<h1>` of the site page: the site's name or "Standort nicht gefunden". */
  async detailTitle(): Promise<string> {
    await this.page.waitForURL(/\/sites\//);
    const heading = this.page.locator('h1').first();
    await heading.waitFor({ state: 'visible' });
    return (await heading.innerText()).trim();
  }

  // --- history ------------------------------------------------------------------------

  async back(): Promise<void> {
    await this.page.goBack();
  }

  async forward(): Promise<void> {
    await this.page.goForward();
  }

  // --- map ----------------------------------------------------------------------------

  /**
   * The live map starts at a person's first interaction (a static preview until then): moving
   * the pointer is what a visitor does first.
   */
  async startMap(): Promise<void> {
    await this.page.mouse.move(2, 2);
    await this.page.mouse.move(4, 4);
  }

  /**
   * Waits until the map canvas is shown, MapLibre reported `idle` and the number of
   * rendered sites has stayed the same for a second (data may arrive after the first idle).
   */
  async waitForMapRendered(timeout = 45_000): Promise<void> {
    await this.startMap();
    await this.waitForMapSettled(timeout);
  }

  /** As {@link waitForMapRendered}, without touching the pointer (the keyboard started the map). */
  async waitForMapSettled(timeout = 45_000): Promise<void> {
    const deadline = Date.now() + timeout;
    await this.page.locator(MAP_REGION).locator('canvas').first().waitFor({ state: 'visible', timeout });
    await this.page.waitForFunction(
      (selector) => document.querySelector(selector)?.getAttribute('data-map-ready') === 'true',
      MAP_STATE,
      { timeout },
    );
    const map = this.page.locator(MAP_STATE).first();
    const state = async () =>
      `${await map.getAttribute('data-map-ready')}/${await map.getAttribute('data-rendered-sites')}`;
    let last = await state();
    let stableSince = Date.now();
    while (Date.now() - stableSince < 1_000) {
      if (Date.now() > deadline) throw new Error(`map did not settle within ${timeout} ms (last ${last})`);
      await this.page.waitForTimeout(200);
      const now = await state();
      if (now !== last) {
        last = now;
        stableSince = Date.now();
      }
    }
  }

  /** The number of site features MapLibre reports rendered (`data-rendered-sites`). */
  async renderedSiteCount(): Promise<number> {
    const value = await this.page.locator(MAP_STATE).first().getAttribute('data-rendered-sites');
    if (value === null || value.trim() === '' || !Number.isFinite(Number(value))) {
      throw new Error(`the map region has no numeric data-rendered-sites attribute (got ${value})`);
    }
    return Number(value);
  }

  // --- map ----------------------------------------------------------------------------

  /** What the map reports of itself (`data-*` on the map state element): zoom, sites, clusters, highlight. */
  async mapState(): Promise<{
    zoom: number;
    renderedSites: number;
    renderedClusters: number;
    clusters: { x: number; y: number; count: number }[];
    hoveredSite: string;
    selectedSite: string;
    /** The basemap drawn (`offline`, `selfHosted`, …), its features in view and their source layers. */
    basemap: string;
    basemapFeatures: number;
    basemapSourceLayers: string[];
  }> {
    const d = await this.page
      .locator(MAP_STATE)
      .first()
      .evaluate((el) => ({ ...(el as HTMLElement).dataset }));
    return {
      zoom: Number(d.zoom),
      renderedSites: Number(d.renderedSites),
      renderedClusters: Number(d.renderedClusters ?? 0),
      clusters: (d.clusterPoints ?? '')
        .split(';')
        .filter(Boolean)
        .map((p) => {
          const [x, y, count] = p.split(',').map(Number);
          return { x: x!, y: y!, count: count! };
        }),
      hoveredSite: d.hoveredSite ?? '',
      selectedSite: d.selectedSite ?? '',
      basemap: d.basemap ?? '',
      basemapFeatures: Number(d.basemapFeatures ?? 0),
      basemapSourceLayers: (d.basemapSourceLayers ?? '').split(',').filter(Boolean),
    };
  }

  /** The map canvas' box on the page (clicks at map pixels add its corner). */
  private async canvasBox() {
    const box = await this.page.locator(MAP_REGION).locator('canvas').first().boundingBox();
    if (!box) throw new Error('the map canvas is not visible');
    return box;
  }

  /** A click at map pixel (x, y), as a person clicks the canvas. */
  async clickMapAt(x: number, y: number): Promise<void> {
    const box = await this.canvasBox();
    await this.page.mouse.click(box.x + x, box.y + y);
  }

  /** The pointer rests at map pixel (x, y). */
  async hoverMapAt(x: number, y: number): Promise<void> {
    const box = await this.canvasBox();
    await this.page.mouse.move(box.x + x, box.y + y, { steps: 4 });
  }

  /** The map canvas' size in pixels. */
  async mapSize(): Promise<{ width: number; height: number }> {
    const { width, height } = await this.canvasBox();
    return { width, height };
  }

  /** Drags a rectangle on the map from (x0, y0) to (x1, y1) after choosing "Rechteck zeichnen". */
  async drawRectangle(x0: number, y0: number, x1: number, y1: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Rechteck zeichnen' }).click();
    await this.page.locator('[data-draw-mode="rectangle"]').waitFor({ state: 'attached' });
    const box = await this.canvasBox();
    await this.page.mouse.click(box.x + x0, box.y + y0);
    await this.page.mouse.move(box.x + (x0 + x1) / 2, box.y + (y0 + y1) / 2, { steps: 4 });
    await this.page.mouse.move(box.x + x1, box.y + y1, { steps: 4 });
    await this.page.mouse.click(box.x + x1, box.y + y1);
  }

  /** Focuses the map canvas and presses a key (arrows pan, + and - zoom). */
  async pressOnMap(key: string): Promise<void> {
    await this.page.locator(MAP_REGION).locator('canvas').first().focus();
    await this.page.keyboard.press(key);
  }

  /** What the map announced last for its keys (its polite live region), e.g. `Standort 1 von 4 …`. */
  async mapAnnouncement(): Promise<string> {
    return (
      (await this.page.locator(`${MAP_REGION} [aria-live="polite"]`).first().textContent()) ?? ''
    ).trim();
  }

  /** Whether the hint naming the map's keys ("Tasten: N / P …") is shown. */
  async showsMapKeyHint(): Promise<boolean> {
    return this.page
      .locator(MAP_REGION)
      .getByText(/^(Tasten|Keys): N \/ P/)
      .isVisible();
  }

  /** Whether the static map preview (with "Karte laden") is shown instead of the live map. */
  async showsMapPreview(): Promise<boolean> {
    return this.page.getByRole('button', { name: 'Karte laden', exact: true }).isVisible();
  }

  /** Whether the link of the result card with this name can be seen on screen (nothing covers it). */
  async resultIsInView(name: string): Promise<boolean> {
    const link = this.page.locator(RESULTS_LIST).getByRole('link', { name, exact: true });
    return link.evaluate((a) => {
      // The first line box: a wrapped link's whole box has a gap between its lines.
      const r = a.getClientRects()[0];
      if (!r) return false;
      const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
      return hit !== null && (hit === a || a.contains(hit));
    });
  }

  /** Hovers the result card with this name. */
  async hoverResult(name: string): Promise<void> {
    await this.page.locator(RESULTS_LIST).getByRole('link', { name, exact: true }).hover();
  }

  /** The site key (`collection/feature`) of the result card with this name. */
  async resultKey(name: string): Promise<string> {
    const href = await this.page
      .locator(RESULTS_LIST)
      .getByRole('link', { name, exact: true })
      .getAttribute('href');
    const match = /\/sites\/([^/]+)\/([^/?#]+)/.exec(href ?? '');
    if (!match) throw new Error(`no site link for ${name} (${href})`);
    return `${decodeURIComponent(match[1]!)}/${decodeURIComponent(match[2]!)}`;
  }

  /** Whether the result card with this name is marked as hovered on the map. */
  async resultIsHighlighted(name: string): Promise<boolean> {
    const item = this.page
      .locator(`${RESULTS_LIST} li`)
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
    return (await item.getAttribute('class'))?.includes('result-list__item--hover') ?? false;
  }

  /** Opens the layer panel and picks a basemap by its label. */
  async chooseBasemap(label: RegExp): Promise<void> {
    const panel = this.page.locator('details.layer-panel');
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
    // A click, not check(): a failing basemap may switch back before the click returns.
    await panel.getByRole('radio', { name: label }).click();
  }

  /** Switches a group of the offline basemap ("Autobahnen und Anschlussstellen" …) in the layer panel. */
  async toggleMapContent(label: string): Promise<void> {
    const panel = this.page.locator('details.layer-panel');
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
    await panel.getByRole('checkbox', { name: label }).click();
  }

  /**
   * What the offline basemap drew at the last idle (`data-basemap-rendered`): motorway refs
   * with a shield, junction, rail and district counts, rivers, lakes, town labels, and the
   * radius search's label.
   */
  async basemapRendered(): Promise<{
    shields: string[];
    motorways: string[];
    junctions: number;
    rail: number;
    rivers: string[];
    lakes: string[];
    districts: boolean;
    towns: string[];
    radius: string[];
  }> {
    const json = await this.page
      .locator(`${MAP_REGION} [data-basemap-rendered]`)
      .first()
      .getAttribute('data-basemap-rendered');
    return JSON.parse(json ?? '{}');
  }

  /** The map's centre and zoom (`#map=` in the URL). */
  async viewport(): Promise<string> {
    return (/map=[^&]*/.exec(new URL(this.page.url()).hash) ?? [''])[0];
  }

  /** Drags the map by (dx, dy) pixels from its centre, as a person pans it. */
  async dragMap(dx: number, dy: number): Promise<void> {
    const box = (await this.page.locator(MAP_REGION).locator('canvas').first().boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Searches by name or place, as typed into the search field and confirmed with Enter. */
  async searchText(text: string): Promise<void> {
    const field = this.page.getByLabel('Suche nach Name oder Ort');
    await field.fill(text);
    await field.press('Enter');
  }

  /**
   * The static preview's paint order: the classes of its circles and texts in document order
   * (later ones are painted over earlier ones).
   */
  async previewPaintOrder(): Promise<string[]> {
    return this.page
      .locator(`${MAP_REGION} svg.map-preview__svg`)
      .first()
      .evaluate((svg) =>
        Array.from(svg.querySelectorAll('circle, text')).map((el) => el.getAttribute('class') ?? ''),
      );
  }

  /** The map's notice (e.g. a basemap fallback), or null. */
  async mapNotice(): Promise<string | null> {
    const notice = this.page.locator('.site-map__notice');
    return (await notice.count()) > 0 ? (await notice.innerText()).trim() : null;
  }

  /** The popup of the site selected on the map, as text, or null. */
  async popupText(): Promise<string | null> {
    const popup = this.page.locator('.maplibregl-popup');
    return (await popup.count()) > 0 ? (await popup.innerText()).trim() : null;
  }

  /** The page's URL fragment (`#map=…`). */
  hash(): string {
    return new URL(this.page.url()).hash;
  }

  /** Opens a path of the app (with query and fragment) in this context. */
  async openPath(path: string): Promise<void> {
    await this.page.goto(`${this.appUrl}${path.startsWith('/') ? '' : '/'}${path}`);
    await this.countStatus().or(this.page.getByRole('alert')).first().waitFor({ state: 'visible' });
  }

  // --- connection and API ---------------------------------------------------------------

  /** The browser loses its connection (the `offline` event fires; requests fail). */
  async goOffline(): Promise<void> {
    await this.context.setOffline(true);
  }

  async goOnline(): Promise<void> {
    await this.context.setOffline(false);
  }

  /** The text of the offline notice ("Keine Internetverbindung …"), or null when none shows. */
  async offlineNotice(): Promise<string | null> {
    const notice = this.page.getByText(/Keine Internetverbindung/);
    return (await notice.count()) > 0 ? (await notice.first().innerText()).trim() : null;
  }

  /** From now on every request below `/api/` of the app's origin answers `status` (JSON error). */
  async breakApi(status = 503): Promise<void> {
    await this.context.route(`${this.origin}/api/**`, (route) =>
      route.fulfill({
        status,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'Unavailable', description: 'injected by the e2e test' }),
      }),
    );
  }

  async repairApi(): Promise<void> {
    await this.context.unrouteAll();
  }

  /** The policy of the page's `<meta http-equiv="Content-Security-Policy">`, or null. */
  async contentSecurityPolicy(): Promise<string | null> {
    return this.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  }

  /** Content Security Policy violations the page reported so far. */
  async cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => [
      ...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
    ]);
  }

  /** Service workers registered for the app's origin. */
  async serviceWorkerCount(): Promise<number> {
    return this.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  }

  /** Paths (with query) of every request to the app's origin so far. */
  requestedPaths(): string[] {
    return this.requested
      .filter((url) => !leavesOrigin(url, this.origin) && url.startsWith('http'))
      .map((url) => {
        const u = new URL(url);
        return `${u.pathname}${u.search}`;
      });
  }

  // --- shortlist, share, export -------------------------------------------------------

  /** Clicks the shortlist toggle ("Merken") on the result card or detail page of this site. */
  async addToShortlist(name: string): Promise<void> {
    await this.page
      .getByRole('button', { name: `„${name}“ auf die Merkliste setzen` })
      .first()
      .click();
    await this.page
      .getByRole('button', { name: `„${name}“ von der Merkliste entfernen` })
      .first()
      .waitFor();
  }

  /** The count in the header badge "Merkliste (n)". */
  async shortlistCount(): Promise<number> {
    const badge = this.page.getByRole('link', { name: /^Merkliste, / });
    return Number(await badge.getAttribute('data-count'));
  }

  /** Opens `/shortlist` (own list) and waits until every entry shows its site or "unknown". */
  async openShortlist(): Promise<void> {
    await this.page.goto(`${this.appUrl}/shortlist`);
    await this.waitForShortlist();
  }

  /** Opens a shared shortlist link `/shortlist?ids=…` (site keys in order). */
  async openSharedShortlist(siteKeys: readonly string[], lang?: string): Promise<void> {
    const ids = siteKeys.map((k) => k.split('/').map(encodeURIComponent).join('/')).join(',');
    await this.page.goto(`${this.appUrl}/shortlist?ids=${ids}${lang ? `&lang=${lang}` : ''}`);
    await this.waitForShortlist();
  }

  /** The entries of the shortlist page in order: site names, or "Unbekannter Standort: key". */
  async shortlistEntries(): Promise<{ name: string; withdrawn: boolean }[]> {
    const items = this.page.getByRole('list', { name: 'Merkliste' }).getByRole('listitem');
    const out: { name: string; withdrawn: boolean }[] = [];
    for (const item of await items.all()) {
      const name = await item.locator('a, .shortlist-entry__unknown').first().innerText();
      const withdrawn = (await item.getByText('zurückgezogen', { exact: true }).count()) > 0;
      out.push({ name: name.trim(), withdrawn });
    }
    return out;
  }

  /** "Link kopieren" on the current page; returns the copied link (clipboard or fallback field). */
  async copyViewLink(): Promise<string> {
    await this.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: this.origin });
    await this.page.getByRole('button', { name: 'Link kopieren', exact: true }).click();
    await this.page
      .getByText(/Link kopiert\.|Kopieren ist hier nicht möglich/)
      .first()
      .waitFor();
    const field = this.page.getByRole('textbox', { name: 'Link' });
    if ((await field.count()) > 0) return field.inputValue();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /**
   * Exports the current results (search page) or the shortlist (shortlist page) as CSV in the
   * given dialect and returns the downloaded file's name and text (BOM kept).
   */
  async exportCsv(dialect: 'Excel (Deutsch)' | 'Standard'): Promise<{ fileName: string; text: string }> {
    await this.page.locator('summary', { hasText: 'Exportieren' }).first().click();
    await this.page.getByRole('radio', { name: dialect, exact: true }).check();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'CSV herunterladen' }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /**
   * Downloads one of the GeoJSON files of the current results or shortlist ("Flächen" or "Hallen")
   * and returns its name and the path of the downloaded file.
   */
  async exportGeoJson(
    layer: 'Flächen (Polygone)' | 'Hallen (Punkte)',
  ): Promise<{ fileName: string; path: string }> {
    const menu = this.page.locator('details.export-menu').first();
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await this.page.locator('summary', { hasText: 'Exportieren' }).first().click();
    }
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: `GeoJSON ${layer}`, exact: true }).click(),
    ]);
    return { fileName: download.suggestedFilename(), path: await download.path() };
  }

  /** Same as {@link exportCsv}, named for the shortlist page (opens it first). */
  async exportShortlist(
    dialect: 'Excel (Deutsch)' | 'Standard',
  ): Promise<{ fileName: string; text: string }> {
    await this.openShortlist();
    return this.exportCsv(dialect);
  }

  private async waitForShortlist(): Promise<void> {
    await this.page.locator('h1').first().waitFor({ state: 'visible' });
    await this.page.waitForFunction(
      () => document.querySelectorAll('.shortlist-entry__loading').length === 0,
      undefined,
      { timeout: DEFAULT_TIMEOUT_MS },
    );
  }

  // --- accessibility and layout ------------------------------------------------------

  /** Opens `/compare?ids=…` and waits for its table. */
  async openCompare(siteKeys: readonly string[], lang?: string): Promise<void> {
    await this.page.goto(`${this.appUrl}/compare?ids=${siteKeys.join(',')}${lang ? `&lang=${lang}` : ''}`);
    await this.page.locator('table').first().waitFor({ state: 'visible' });
  }

  /** Opens `/projects` (`query` like `lang=en`) and waits for its count. */
  async openProjects(query?: string): Promise<void> {
    const search = query ? `?${query.replace(/^\?/, '')}` : '';
    await this.page.goto(`${this.appUrl}/projects${search}`);
    await this.page
      .getByRole('status')
      .filter({ hasText: /Projekt|project/ })
      .waitFor({ state: 'visible' });
  }

  /** Opens `/events` (`query` like `lang=en`), waits for its count and opens "Frühere" / "Earlier". */
  async openEventsWithEarlier(query?: string): Promise<void> {
    const search = query ? `?${query.replace(/^\?/, '')}` : '';
    await this.page.goto(`${this.appUrl}/events${search}`);
    await this.page
      .getByRole('status')
      .filter({ hasText: /Termin|event/ })
      .waitFor({ state: 'visible' });
    await this.page.locator('.ctx-earlier > details > summary').click();
  }

  /** Waits until nothing is loading any more (no skeleton, no loading text) and fonts are in. */
  async settle(): Promise<void> {
    await this.page.waitForFunction(
      () =>
        document.querySelectorAll('[aria-busy="true"], .result-skeleton, .shortlist-entry__loading')
          .length === 0 && !/werden geladen|Loading (sites|map|news|results)/.test(document.body.innerText),
      undefined,
      { timeout: DEFAULT_TIMEOUT_MS },
    );
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  /** What has keyboard focus: tag and accessible-ish name (aria-label, label or text). */
  async focused(): Promise<{ tag: string; name: string }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return { tag: '', name: '' };
      const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      const name = el.getAttribute('aria-label') ?? (label || el.textContent || '');
      return { tag: el.tagName.toLowerCase(), name: name.replace(/\s+/g, ' ').trim() };
    });
  }

  /**
   * Presses Tab (or Shift+Tab with `backwards`) until the focused element's name matches; fails
   * after `max` presses.
   */
  async tabTo(name: RegExp, { max = 250, backwards = false } = {}): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      if (name.test((await this.focused()).name)) return;
    }
    throw new Error(`no element named ${String(name)} within ${max} Tab presses`);
  }

  /** Presses a key on whatever has focus (`Enter`, `Space`, `ArrowRight`, …). */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** From now on every API answer comes `ms` later (to see loading states). */
  async slowApi(ms: number): Promise<void> {
    await this.context.route(`${this.origin}/api/**`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.continue();
    });
  }

  /** The CSS animation of the loading placeholders, waiting for them to show. */
  async skeletonAnimation(): Promise<string> {
    const block = this.page.locator('.result-skeleton').first();
    await block.waitFor({ state: 'attached' });
    return block.evaluate((el) => getComputedStyle(el).animationName);
  }

  /** CSS animations and transitions running in the page now (their names or properties). */
  async runningAnimations(): Promise<string[]> {
    return this.page.evaluate(() =>
      document
        .getAnimations()
        .filter((a) => a.playState === 'running')
        .map(
          (a) => (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? 'animation',
        ),
    );
  }

  /**
   * Scrolls the result list to about `top` px and returns where it settled: cards rendered in
   * view, and neither the offset nor those cards changing for two readings. Reading only the
   * offset is not enough: `scrollTop` holds the new value at once, while the cards for it come
   * a frame or more later (seconds on a busy machine), and the virtual list then nudges the
   * offset as it measures them.
   */
  async scrollResultsTo(top: number): Promise<number> {
    await this.page.locator('#results').evaluate((el, y) => el.scrollTo({ top: y }), top);
    let last = '';
    for (let i = 0; i < 50; i++) {
      await this.page.waitForTimeout(200);
      const view = await this.resultsView();
      const now = JSON.stringify(view);
      if (now === last && view.top > 0 && view.names.length > 0) return view.top;
      last = now;
    }
    throw new Error(`the result list did not settle near ${top} px (last ${last})`);
  }

  /** Offset and cards in view once the page has drawn two frames (scroll events, resizes). */
  private async resultsView(): Promise<{ top: number; names: string[] }> {
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    return { top: await this.resultsScrollTop(), names: await this.visibleResultNames() };
  }

  /** The result list's scroll position. */
  async resultsScrollTop(): Promise<number> {
    return this.page.locator('#results').evaluate((el) => el.scrollTop);
  }

  /** The names of the result links currently inside the list's visible area. */
  async visibleResultNames(): Promise<string[]> {
    return this.page.locator('#results').evaluate((list) => {
      const box = list.getBoundingClientRect();
      return Array.from(list.querySelectorAll('li a'))
        .filter((a) => {
          const r = a.getBoundingClientRect();
          return r.top >= box.top && r.bottom <= box.bottom;
        })
        .map((a) => (a.textContent ?? '').trim());
    });
  }

  /** `content` of a `<meta name|property="…">` in the document head, or null. */
  async meta(nameOrProperty: string): Promise<string | null> {
    const el = this.page
      .locator(`meta[name="${nameOrProperty}"], meta[property="${nameOrProperty}"]`)
      .first();
    return (await el.count()) > 0 ? el.getAttribute('content') : null;
  }

  /** Sets the browser window size (phone 375, tablet 768, desktop 1440 wide). */
  async resize(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }

  // --- diagnostics --------------------------------------------------------------------

  /** Every request so far (page, workers, service worker) whose origin is not the app's. */
  requestsOutsideOrigin(): string[] {
    return [...this.outside];
  }

  /** Uncaught exceptions in the page so far. */
  pageErrors(): string[] {
    return [...this.errors];
  }

  /** Saves a PNG of the viewport as `test-results/<name>.png` and returns its path. */
  async screenshot(name: string): Promise<string> {
    const path = `${SCREENSHOT_DIR}${safeFileName(name)}.png`;
    await this.page.screenshot({ path });
    return path;
  }

  private countStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: COUNT_TEXT }).first();
  }

  private retryButton(): Locator {
    return this.page.getByRole('button', { name: 'Erneut versuchen' });
  }
}
