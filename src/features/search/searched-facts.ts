import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import type { CriterionName } from '@/lib/search/criteria/criteria';
import { criterionDef } from '@/lib/search/criteria/criteria';
import { siteValueShort } from '@/lib/search/criteria/site-value-short';
import { distanceKmFast } from '@/lib/search/engine/geo-distance';
import type { SiteFit } from '@/lib/search/engine/fit';
import type { Site } from '@/lib/sites/site';

/** What the search asks for, as the cards and popups show it beside each site's own values. */
export interface SearchedFor {
  /** The active criteria (`activeCriteria`), in the table's order. */
  criteria: readonly CriterionName[];
  /** The point `near` resolves to and the place's name (null for `near=lon,lat`). */
  near: { point: readonly [number, number]; place: string | null } | null;
  /** With wishes: how well a site meets them (null without wishes). */
  fitOf: ((site: Site) => SiteFit | null) | null;
}

export interface SearchedFact {
  key: string;
  text: string;
  title?: string;
}

/** Criteria a card shows in its facts line already (size and price). */
const ON_THE_CARD: ReadonlySet<CriterionName> = new Set(['area', 'price', 'rent']);

const appliesTo = (name: CriterionName, site: Site) => {
  const { kinds } = criterionDef(name);
  return kinds === 'all' || (kinds === 'plots') === (site.kind === 'plot');
};

/**
 * A site's facts for what was searched: the straight-line distance from `near` first ("18,3 km
 * von Leipzig"), then its own value of each active criterion ("A9 Leipzig-West 4,2 km",
 * "Gleisanschluss", "sofort verfügbar" for a date passed by `today`), skipping what the card
 * shows already and criteria of the other kind.
 */
export function searchedFacts(
  site: Site,
  asked: SearchedFor,
  ctx: { t: TFunction; f: Formatters; today?: string },
): SearchedFact[] {
  const { t, f } = ctx;
  const facts: SearchedFact[] = [];
  if (asked.near) {
    const [lon, lat] = asked.near.point;
    const distance = f.km(distanceKmFast(lon, lat, site.lon, site.lat));
    const { place } = asked.near;
    facts.push({
      key: 'near',
      text: place ? t('fact.fromPlace', { distance, place }) : t('fact.fromPoint', { distance }),
      title: t('fact.straightLine'),
    });
  }
  for (const name of asked.criteria) {
    if (ON_THE_CARD.has(name) || !appliesTo(name, site)) continue;
    const text = siteValueShort(name, site, ctx);
    if (text !== null) facts.push({ key: name, text });
  }
  return facts;
}
