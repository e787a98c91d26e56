import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { looksLikePostcode } from '@/lib/search/engine/normalize-text';
import { lonLat } from '@/lib/search/param-decoders';
import { gazetteerQueryOptions } from '../places/gazetteer-query';
import { GAZETTEER_CREDIT, suggestPlaces } from '../places/gazetteer';
import { DEFAULT_RADIUS_KM } from '@/lib/search/search-param-table';
import type { FilterSectionProps } from './filter-section-props';
import { NumberField } from './number-field';

/** Place + radius: a type-ahead over the offline gazetteer (ARIA combobox), then a radius in km. */
export function PlaceField({ params, set }: Pick<FilterSectionProps, 'params' | 'set'>) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [wanted, setWanted] = useState(Boolean(params.near));
  const gazetteer = useQuery({ ...gazetteerQueryOptions(), enabled: wanted });
  const places = gazetteer.data ?? [];
  const suggestions = open ? suggestPlaces(places, text) : [];
  const chosen = params.near ? places.find((p) => p.id === params.near) : undefined;
  const point = params.near ? lonLat(params.near) : undefined;
  const choose = (placeId: string) => {
    set({ near: placeId });
    setText('');
    setOpen(false);
  };
  const current = chosen?.name ?? (point ? t('filters.nearPoint', { point: params.near }) : params.near);
  return (
    <div className="place-field">
      <label htmlFor={`${id}-input`}>{t('filters.near')}</label>
      {params.near && (
        <p className="place-field__current">
          {current}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => set({ near: undefined, radius_km: undefined })}
          >
            {t('filters.remove', { what: current })}
          </button>
        </p>
      )}
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={suggestions.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={suggestions.length > 0 ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        placeholder={t('filters.nearPlaceholder')}
        value={text}
        onFocus={() => setWanted(true)}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, suggestions.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && suggestions[active]) {
            e.preventDefault();
            choose(suggestions[active].id);
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {looksLikePostcode(text) && <p className="field-hint">{t('filters.postcode')}</p>}
      <ul id={`${id}-list`} role="listbox" className="place-field__list" aria-label={t('filters.near')}>
        {suggestions.map((p, i) => (
          <li
            key={p.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={
              i === active ? 'place-field__option place-field__option--active' : 'place-field__option'
            }
            onMouseDown={(e) => {
              e.preventDefault();
              choose(p.id);
            }}
          >
            {p.name}{' '}
            <span className="place-field__state">{t(`states.${p.state}`, { defaultValue: p.state })}</span>
          </li>
        ))}
      </ul>
      <NumberField
        label={t('filters.radius')}
        unit="km"
        value={params.radius_km ?? DEFAULT_RADIUS_KM}
        onCommit={(v) => set({ radius_km: v })}
      />
      <p className="field-hint">{t('filters.gazetteerCredit', { credit: GAZETTEER_CREDIT })}</p>
    </div>
  );
}
