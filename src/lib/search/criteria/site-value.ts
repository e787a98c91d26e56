import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import { keyIn } from '@/lib/i18n/translation-key';
import type { Site } from '@/lib/sites/site';
import { criterionDef, type CriterionName } from './criteria';
import type { CriterionDef, SiteValueDef } from './criterion-types';
import { formatValue } from './format-value';

export interface SiteValueText {
  label: string;
  text: string;
}

type RawValue = number | string | boolean | readonly string[];

/** A criterion's value of a site, read from its group's column unless `read` says otherwise. */
export function rawSiteValue({ group }: CriterionDef, def: SiteValueDef, site: Site): RawValue | null {
  const read = def.read ?? ('column' in group ? group.column : null);
  const v = read?.(site);
  if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return null;
  return v;
}

/** A number in the criterion's format ("4,2 km", "12 m"); a plain number where it has none. */
export const numberText = ({ group }: CriterionDef, v: number, f: Formatters): string =>
  group.type === 'range' ? formatValue(group.format, v, f) : f.number(v);

/** A category value, translated under the criterion's `enumKey` where it has one. */
export const categoryText = (def: SiteValueDef, code: string, t: TFunction): string =>
  def.enumKey ? t(keyIn(def.enumKey, code), { defaultValue: code }) : code;

/**
 * A site's own value for a criterion, as a person reads it in the page's language:
 * { label: "Autobahn-Anschlussstelle", text: "A9 Leipzig-West, 4,2 km" }, { "Gleisanschluss", "ja" }.
 * Null when the criterion has no value of a site (free text, areas) or the site has none. With
 * `today` (the app's clock), an availability date that has passed reads "sofort".
 */
export function siteValueText(
  name: CriterionName,
  site: Site,
  { t, f, today }: { t: TFunction; f: Formatters; today?: string },
): SiteValueText | null {
  const criterion = criterionDef(name);
  const def = criterion.value;
  if (!def) return null;
  const v = rawSiteValue(criterion, def, site);
  if (v === null) return null;
  const translate = (code: string) => categoryText(def, code, t);
  let text: string;
  if (typeof v === 'boolean') text = t(v ? 'criteria.yes' : 'criteria.no');
  else if (typeof v === 'number') {
    text = numberText(criterion, v, f);
    const detail = def.detail?.(site);
    if (detail) text = `${detail}, ${text}`;
  } else if (typeof v === 'string' && criterion.group.type === 'dateRange')
    text = today !== undefined && v <= today ? t('detail.immediately') : f.date(v);
  else if (typeof v === 'string') text = translate(v);
  else text = v.map(translate).join(', ');
  return { label: t(def.label), text };
}
