import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionName } from '@/lib/search/criteria/criteria';
import { criterionIsSet } from '@/lib/search/search-param-table';
import { criterionLabel } from '../criterion-label';
import type { FilterSectionProps } from './filter-section-props';

/**
 * "Muss" (excludes, the default) or "Wunsch" (excludes nothing, ranks: `want=`), for a criterion
 * the search sets; a wish without a value would have nothing to rank by, so it shows only then.
 */
export function WishToggle({
  name,
  params,
  set,
}: { name: CriterionName } & Pick<FilterSectionProps, 'params' | 'set'>) {
  const { t } = useTranslation();
  const id = useId();
  const label = criterionLabel(name, t);
  if (!criterionIsSet(name, params)) return null;
  const wanted = params.want?.includes(name) ?? false;
  const choose = (wish: boolean) => {
    const others = (params.want ?? []).filter((n) => n !== name);
    const want = wish ? [...others, name] : others;
    set({ want: want.length > 0 ? want : undefined });
  };
  return (
    <div className="wish-toggle" role="radiogroup" aria-label={t('wish.groupLabel', { criterion: label })}>
      {([false, true] as const).map((wish) => (
        <label key={String(wish)} className="wish-toggle__option">
          <input type="radio" name={id} checked={wanted === wish} onChange={() => choose(wish)} />
          <span>{t(wish ? 'wish.wish' : 'wish.must')}</span>
        </label>
      ))}
      <span className="wish-toggle__hint">{t(wanted ? 'wish.wishHint' : 'wish.mustHint')}</span>
    </div>
  );
}
