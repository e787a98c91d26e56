import type { SiteFinderDriver } from './site-finder-driver';

/** Domain verbs for the supply overview (`/overview`), on top of the main driver's page. */

export interface OverviewTotals {
  plots: number;
  halls: number;
  /** Available plot area in m² as shown. */
  plotsM2: number;
  /** Hall area in m² as shown. */
  hallsM2: number;
}

const germanNumber = (s: string) => Number(s.replace(/[.\s\u00a0\u202f]/g, '').replace(',', '.'));

/** `165 Flächen mit 11.777.000 m² · 65 Hallen mit 904.500 m²` (one unit, m²) → numbers. */
export function parseOverviewTotals(text: string): OverviewTotals {
  const m = /([\d.]+)\s*Flächen? mit ([\d.]+)\sm² · ([\d.]+)\s*Hallen? mit ([\d.]+)\sm²/.exec(text);
  if (!m) throw new Error(`not overview totals: "${text}"`);
  return {
    plots: germanNumber(m[1]!),
    halls: germanNumber(m[2 + 1]!),
    plotsM2: germanNumber(m[2]!),
    hallsM2: germanNumber(m[4]!),
  };
}

export class OverviewDriver {
  constructor(private readonly site: SiteFinderDriver) {}

  private get page() {
    return this.site.page;
  }

  /**
   * Opens `/overview?query` and waits until the totals and the charts show. The area unit is set
   * to m² first (the header's "Flächeneinheit"), so the totals read exactly.
   */
  async open(query?: string): Promise<void> {
    await this.page.addInitScript(() =>
      localStorage.setItem('sf.area-unit.v1', JSON.stringify({ state: { unit: 'm2' }, version: 1 })),
    );
    const search = query ? `?${query.replace(/^\?/, '')}` : '';
    await this.page.goto(`${this.site.appUrl}/overview${search}`);
    await this.page
      .getByRole('status')
      .filter({ hasText: / mit .*\sm² · / })
      .waitFor();
    await this.page.locator('figure').first().waitFor();
  }

  /** The totals line as numbers. */
  async totals(): Promise<OverviewTotals> {
    const status = this.page
      .getByRole('status')
      .filter({ hasText: / mit .*\sm² · / })
      .first();
    return parseOverviewTotals((await status.innerText()).trim());
  }

  /** Clicks the bar of a chart whose name starts with `label`, waits for the search page. */
  async openBar(chartTitle: string, label: string): Promise<void> {
    const figure = this.page.getByRole('figure', { name: chartTitle, exact: true });
    await figure
      .getByRole('link', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`) })
      .click();
    await this.page.waitForURL((url) => url.pathname === '/');
  }
}
