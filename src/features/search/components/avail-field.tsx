import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import { isDuration } from '@/lib/search/relative-date';
import type { FilterSectionProps } from './filter-section-props';

/** "Within 12 months" as a duration: a saved search keeps it relative to its day of use. */
const WITHIN_12_MONTHS = 'P12M';

/** Available: any time, now, within 12 months, or by a date ("by the end of this year" when first chosen). */
export function AvailField({ params, set }: FilterSectionProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const id = useId();
  const avail = params.avail;
  const byDate = Boolean(avail && avail !== 'now' && !isDuration(avail));
  const endOfYear = `${useClock().today().slice(0, 4)}-12-31`;
  return (
    <fieldset className="choice-list">
      <legend>{t('filters.avail')}</legend>
      <label className="choice">
        <input
          type="radio"
          name={`${id}-avail`}
          checked={!avail}
          onChange={() => set({ avail: undefined })}
        />
        <span className="choice__label">{t('filters.availAny')}</span>
      </label>
      <label className="choice">
        <input
          type="radio"
          name={`${id}-avail`}
          checked={avail === 'now'}
          onChange={() => set({ avail: 'now' })}
        />
        <span className="choice__label">{t('filters.availNow')}</span>
      </label>
      <label className="choice">
        <input
          type="radio"
          name={`${id}-avail`}
          checked={avail === WITHIN_12_MONTHS}
          onChange={() => set({ avail: WITHIN_12_MONTHS })}
        />
        <span className="choice__label">{t('searches.availWithin12')}</span>
      </label>
      <label className="choice" htmlFor={`${id}-date`}>
        <input
          type="radio"
          name={`${id}-avail`}
          aria-label={t('filters.availBy')}
          checked={byDate}
          onChange={() => set({ avail: endOfYear })}
        />
        <span className="choice__label">{t('filters.availBy')}</span>
      </label>
      <input
        id={`${id}-date`}
        type="date"
        aria-label={t('filters.availDate')}
        aria-describedby={byDate ? `${id}-date-note` : undefined}
        value={byDate ? avail : ''}
        onChange={(e) => set({ avail: e.target.value || undefined })}
      />
      {/* The browser draws the field in its own locale's order; this names the day in the page's. */}
      {byDate && (
        <span id={`${id}-date-note`} className="field-echo">
          = {f.longDate(avail!)}
        </span>
      )}
    </fieldset>
  );
}
