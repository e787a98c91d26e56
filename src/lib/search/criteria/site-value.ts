import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import { keyIn } from '@/lib/i18n/translation-key';
import type { Site } from '@/lib/sites/site';
import { criterionDef, type CriterionName } from './criteria';
import { formatValue } from './format-value';

export interface SiteValueText {
  label: string;
  text: string;
}

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
  const { value: def, group } = criterionDef(name);
  if (!def) return null;
  const read = def.read ?? ('column' in group ? group.column : null);
  const v = read?.(site);
  if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return null;
  const { enumKey } = def;
  const translate = (code: string) => (enumKey ? t(keyIn(enumKey, code), { defaultValue: code }) : code);
  let text: string;
  if (typeof v === 'boolean') text = t(v ? 'criteria.yes' : 'criteria.no');
  else if (typeof v === 'number') {
    text = group.type === 'range' ? formatValue(group.format, v, f) : f.number(v);
    const detail = def.detail?.(site);
    if (detail) text = `${detail}, ${text}`;
  } else if (typeof v === 'string' && group.type === 'dateRange')
    text = today !== undefined && v <= today ? t('detail.immediately') : f.date(v);
  else if (typeof v === 'string') text = translate(v);
  else text = v.map(translate).join(', ');
  return { label: t(def.label), text };
}
