import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import type { TranslationKey } from '@/lib/i18n/translation-key';
import type { ParamName, SearchParams } from '@/lib/search/search-param-table';
import type { ChoiceOption } from '../components/choice-list';
import type { FilterSectionProps } from '../components/filter-section-props';

/**
 * The search feature's half of a criterion: where its control sits, what control it is, and how
 * its value reads on a chip. The other half (URL, engine, unknown handling, a site's value) is the
 * criteria table in `src/lib/search/criteria/`.
 */

export type SectionId = 'top' | 'size' | 'location' | 'transport' | 'plots' | 'halls' | 'map';

export interface ChipContext {
  t: TFunction;
  f: Formatters;
  /** District and municipality names by AGS key. */
  names: ReadonlyMap<string, string>;
}

export interface ChoiceContext extends ChipContext {
  facets: FilterSectionProps['facets'];
}

export type ControlSpec =
  /** One number input per bound of a range criterion (labels by bound), in the criterion's unit. */
  | { type: 'number'; labels: Partial<Record<'min' | 'max', TranslationKey>> }
  /** Multi-select with facet counts. */
  | {
      type: 'choice';
      legend: TranslationKey;
      options: (ctx: ChoiceContext) => ChoiceOption[];
      scroll?: boolean;
    }
  /** A required yes/no feature. */
  | { type: 'flag'; label: TranslationKey }
  /** A control of its own. */
  | { type: 'custom'; render: (props: FilterSectionProps) => ReactNode }
  /** Set on the map or from another page: a chip, no control. */
  | { type: 'none' };

export interface CriterionUi {
  section: SectionId;
  control: ControlSpec;
  /**
   * A parameter's value as a person reads it on a chip, in the page's language; null for a
   * yes/no, whose name says it all. Without it, numbers use the criterion's format and lists
   * their values as they are.
   */
  chip?: (name: ParamName, p: SearchParams, ctx: ChipContext) => string | null;
}
