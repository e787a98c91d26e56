import type { KeyGroup, TranslationKey } from '@/lib/i18n/translation-key';
import type { Site } from '@/lib/sites/site';

/**
 * The shape of one search criterion: everything the app knows about it below the UI. The table
 * (criteria.ts) holds one entry per criterion; the URL codec, the filter engine, the facets, the
 * "unknown" handling, a site's own value as text and the distance of a near miss are all read
 * from it. The filter panel's control and the chip text live in the search feature's UI map,
 * keyed by the same names.
 */

/** The result of decoding one URL value; `dropped` names list items that were left out. */
export interface Decoded<T> {
  value: T;
  dropped?: string[];
}

export interface ParamDef<T> {
  decode: (raw: string) => Decoded<T> | undefined;
  /** A comma list: repeats of the parameter are merged into one list. */
  list?: true;
  // Method syntax: a table of differently typed parameters is one `Record<string, ParamDef<unknown>>`.
  /** How the value is written to the URL (default: lists comma-joined, else `String`). */
  encode?(value: T): string;
  /** A value equal to the default is left out of the URL. */
  isDefault?(value: T): boolean;
}

/** Which sites a criterion applies to: a one-kind criterion restricts the results to that kind. */
export type KindScope = 'all' | 'plots' | 'halls';

/** How a number reads as text (chips, a site's own value); see `formatValue`. */
export type ValueFormat = 'area' | 'eurPerM2' | 'eurPerM2Month' | 'km' | 'count' | 'metre' | 'tPerM2' | 'mva';

/** What the filter engine does with a criterion. */
export type EngineGroup =
  /** A numeric column with bounds from `min`/`max` parameters (inclusive). */
  | {
      type: 'range';
      column: (site: Site) => number | null | undefined;
      min?: string;
      max?: string;
      format: ValueFormat;
    }
  /**
   * A date column (`YYYY-MM-DD`): `by` is a date or `now` (inclusive), `after` a date the value
   * must lie after (exclusive).
   */
  | { type: 'dateRange'; column: (site: Site) => string | null; by: string; after: string }
  /** A category column; the URL's values map to the column's values (default: as they are). */
  | {
      type: 'category';
      param: string;
      column: (site: Site) => string | null;
      accept?: (urlValue: string) => readonly string[];
      /** The URL value that accepts a data value, where `accept` maps them (loosening adds it). */
      urlValueOf?: (dataValue: string) => string | undefined;
    }
  /** A yes/no property the site must have. */
  | { type: 'flag'; param: string; column: (site: Site) => boolean }
  /** Groups with their own evaluation in the engine (kind, text, place, box, drawn area, region, tags). */
  | { type: 'kind' | 'text' | 'near' | 'bbox' | 'poly' | 'region' | 'tags' };

export interface CriterionDef {
  /** URL parameters the criterion owns, in URL order. */
  params: Record<string, ParamDef<unknown>>;
  kinds: KindScope;
  group: EngineGroup;
  /** `unknown=<name>` keeps sites without a value. */
  unknown?: true;
  /** The filter panel shows option counts ("what this option would give"). */
  facet?: true;
  /**
   * A site's own value as a person reads it (`siteValueText`): the catalogue key of its label,
   * read from the group's column unless `read` says otherwise (a number in the range's format, a
   * yes/no, a category value translated under `enumKey`, a list). Null where a criterion has
   * none (free text, areas).
   */
  value: null | SiteValueDef;
}

export interface SiteValueDef {
  label: TranslationKey;
  /** Where the group has no column, or the value to show differs from what is filtered on. */
  read?: (site: Site) => number | string | boolean | readonly string[] | null | undefined;
  /** Catalogue prefix translating a category value, e.g. `enum.zoning`. */
  enumKey?: KeyGroup;
  /** Text put before a number, e.g. the junction's Autobahn and name. */
  detail?: (site: Site) => string | null;
  /**
   * The compact text on a card (`siteValueShort`): `name` is the short name (a flag's whole text
   * when yes, the label of "k. A."; default: `label`), `text` a template with `{{value}}`,
   * `{{name}}`, `{{detail}}` (and `count` for plurals) where the default does not read well: a
   * number after its detail or name, a category value alone, "name date".
   */
  short?: { name: TranslationKey; text?: TranslationKey };
}
