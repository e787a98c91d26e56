import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import { criterionDef, type CriterionName } from './criteria';
import { categoryText, numberText, rawSiteValue } from './site-value';

/** Runs of spaces left by an empty `{{detail}}` collapse to one. */
// Collapses the spaces an empty detail leaves, but not the no-break space between a number and its unit.
const tidy = (s: string) => s.replace(/[^\S\u00a0]+/gu, ' ').trim();

/**
 * A site's own value for a criterion as a compact text for a card or a popup, in the page's
 * language: "A9 Leipzig-West 4,2 km", "Gleisanschluss", "GI", "verfügbar ab 03/2027",
 * "lichte Höhe 12 m"; "Anschlussstelle: k. A." where the site has no value. The words come from
 * the criterion's `short` entry (its short name and, where needed, a template); null for
 * criteria without a value of a site (free text, kind, areas). With `today` (the app's clock),
 * an availability date that has passed reads "sofort verfügbar", as the site page's "sofort".
 */
export function siteValueShort(
  name: CriterionName,
  site: Site,
  { t, f, today }: { t: TFunction; f: Formatters; today?: string },
): string | null {
  const criterion = criterionDef(name);
  const def = criterion.value;
  if (!def) return null;
  const label = t(def.short?.name ?? def.label);
  const v = rawSiteValue(criterion, def, site);
  if (v === null) return t('fact.unknown', { name: label });
  if (typeof v === 'boolean') return v ? label : t('fact.no', { name: label });
  if (typeof v === 'string' && criterion.group.type === 'dateRange' && today !== undefined && v <= today)
    return t('fact.availableNow');
  const detail = def.detail?.(site) ?? '';
  let value: string;
  if (typeof v === 'number') value = numberText(criterion, v, f);
  else if (typeof v === 'string')
    value = criterion.group.type === 'dateRange' ? f.monthYear(v) : categoryText(def, v, t);
  else value = v.map((code) => categoryText(def, code, t)).join(', ');
  const count = typeof v === 'number' ? v : undefined;
  if (def.short?.text) return tidy(t(def.short.text, { name: label, value, detail, count }));
  if (typeof v === 'number') return detail ? `${detail} ${value}` : t('fact.named', { name: label, value });
  // A category or a list reads on its own ("GI", "Sachsen"); a date needs its name.
  return criterion.group.type === 'dateRange' ? t('fact.named', { name: label, value }) : value;
}
