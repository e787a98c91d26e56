import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useClock } from '@/lib/clock';
import { ChoiceList } from './choice-list';
import type { FilterSectionProps } from './filter-section-props';
import { NumberField } from './number-field';
import { UnknownToggle } from './unknown-toggle';

const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));

/** Transport and availability: distances computed by the data build, motorway, available by. */
export function TransportFilters({ params, set, facets }: FilterSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const avail = params.avail;
  const endOfYear = `${useClock().today().slice(0, 4)}-12-31`;
  return (
    <>
      <NumberField
        key={`j-${params.junction_km_max}`}
        label={t('filters.junctionKmMax')}
        unit="km"
        value={params.junction_km_max}
        onCommit={(v) => set({ junction_km_max: v })}
      />
      <UnknownToggle name="junction" params={params} set={set} />
      <NumberField
        key={`a-${params.airport_km_max}`}
        label={t('filters.airportKmMax')}
        unit="km"
        value={params.airport_km_max}
        onCommit={(v) => set({ airport_km_max: v })}
      />
      <UnknownToggle name="airport" params={params} set={set} />
      <ChoiceList
        legend={t('filters.autobahn')}
        options={[...facets.autobahn.keys()]
          .sort(byNumber)
          .map((a) => ({ value: a, label: a, count: facets.autobahn.get(a) }))}
        selected={params.autobahn}
        onChange={(v) => set({ autobahn: v })}
      />
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
        <label className="choice" htmlFor={`${id}-date`}>
          <input
            type="radio"
            name={`${id}-avail`}
            aria-label={t('filters.availBy')}
            checked={Boolean(avail && avail !== 'now')}
            onChange={() => set({ avail: endOfYear })}
          />
          <span className="choice__label">{t('filters.availBy')}</span>
        </label>
        <input
          id={`${id}-date`}
          type="date"
          aria-label={t('filters.availDate')}
          value={avail && avail !== 'now' ? avail : ''}
          onChange={(e) => set({ avail: e.target.value || undefined })}
        />
      </fieldset>
      <UnknownToggle name="avail" params={params} set={set} />
    </>
  );
}
