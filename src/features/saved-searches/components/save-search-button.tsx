import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClock } from '@/lib/clock';
import type { ResultSnapshot } from '../result-snapshot';
import { MAX_NAME_LENGTH } from '../saved-search-format';
import { useSavedSearchActions, useSavedSearches } from '../saved-searches-store';
import '@/styles/saved-searches.css';

/** Focuses the name field when it appears (a stable ref callback runs once per element). */
const focusOnce = (el: HTMLInputElement | null) => el?.focus();

/**
 * "Suche speichern": asks a name (prefilled with the search's name if it is saved, else with a
 * summary of its filters) and keeps the search. The same search saved again is updated.
 */
export function SaveSearchButton({
  query,
  defaultName,
  seen,
}: {
  query: string;
  defaultName: string;
  /** The results on screen as a snapshot, once they are in (a new search starts from them). */
  seen?: () => ResultSnapshot;
}) {
  const { t } = useTranslation();
  const today = useClock().today();
  const known = useSavedSearches().find((s) => s.query === query);
  const { searchSaved } = useSavedSearchActions();
  const [name, setName] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setName(null);
    requestAnimationFrame(() => toggle.current?.focus());
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = (name ?? '').trim() || defaultName;
    const outcome = searchSaved({ name: chosen, query }, today, seen?.());
    setSaid(t(outcome === 'added' ? 'searches.saved' : 'searches.updated', { name: chosen }));
    close();
  };
  return (
    <span className="save-search">
      {name === null ? (
        <button
          ref={toggle}
          type="button"
          onClick={() => {
            setSaid('');
            setName(known?.name ?? defaultName);
          }}
        >
          {t('searches.save')}
        </button>
      ) : (
        <form className="save-search__form" aria-label={t('searches.saveLegend')} onSubmit={submit}>
          <label htmlFor={`${id}-name`}>
            {t('searches.nameLabel')}
            <input
              id={`${id}-name`}
              value={name}
              maxLength={MAX_NAME_LENGTH}
              ref={focusOnce}
              onKeyDown={(e) => e.key === 'Escape' && close()}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <button type="submit">{t('searches.confirm')}</button>
          <button type="button" onClick={close}>
            {t('searches.cancel')}
          </button>
        </form>
      )}
      <span className="save-search__status" aria-live="polite">
        {said}
      </span>
    </span>
  );
}
