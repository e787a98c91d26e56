import { Link } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import { parseQueryString } from '@/lib/search/search-params';
import type { SnapshotDiff } from '../result-snapshot';
import { MAX_NAME_LENGTH, type SavedSearch } from '../saved-search-format';
import { useSavedSearchActions, useSavedSearches } from '../saved-searches-store';
import '@/styles/saved-searches.css';

/** What changed in a saved search's results since its last opening: null while the sites load. */
export type ChangesOf = (search: SavedSearch) => SnapshotDiff | null;
/** A saved search's filters as one line of text ('' for a search without filters). */
export type SummaryOf = (search: SavedSearch) => string;

/**
 * The saved searches: each opens with one click, says what it holds and what changed, and can be
 * renamed and deleted.
 */
export function SavedSearchList({ changesOf, summaryOf }: { changesOf: ChangesOf; summaryOf: SummaryOf }) {
  const { t } = useTranslation();
  const searches = useSavedSearches();
  const [said, setSaid] = useState('');
  return (
    <>
      {searches.length === 0 ? (
        <p>{t('searches.empty')}</p>
      ) : (
        <ul className="saved-searches" aria-label={t('searches.listLabel')}>
          {searches.map((search) => (
            <SavedSearchItem
              key={search.query}
              search={search}
              changesOf={changesOf}
              summary={summaryOf(search)}
              onSay={setSaid}
            />
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </>
  );
}

function Changes({ search, changesOf }: { search: SavedSearch; changesOf: ChangesOf }) {
  const { t } = useTranslation();
  const f = useFormatters();
  if (!search.opened) return <span className="saved-search__meta">{t('searches.neverOpened')}</span>;
  const diff = changesOf(search);
  if (!diff) return <span className="saved-search__meta">{t('searches.counting')}</span>;
  const values = { fresh: diff.fresh.size, changed: diff.changed.size, date: f.date(diff.since) };
  return (
    <span className="saved-search__changes" data-fresh={values.fresh} data-changed={values.changed}>
      {t('searches.changes', values)}
    </span>
  );
}

interface ItemProps {
  search: SavedSearch;
  changesOf: ChangesOf;
  summary: string;
  onSay: (text: string) => void;
}

function SavedSearchItem({ search, changesOf, summary, onSay }: ItemProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { searchOpening, searchDeleted } = useSavedSearchActions();
  const [renaming, setRenaming] = useState(false);
  return (
    <li className="saved-search">
      <Link
        className="saved-search__name"
        to="/"
        search={parseQueryString(search.query) as never}
        onClick={() => searchOpening(search.query)}
      >
        {search.name}
      </Link>
      <span className="saved-search__filters">{summary || t('searches.allSites')}</span>
      <span className="saved-search__meta">{t('searches.savedOn', { date: f.date(search.saved) })}</span>
      <Changes search={search} changesOf={changesOf} />
      {renaming ? (
        <RenameForm search={search} onDone={() => setRenaming(false)} />
      ) : (
        <span className="saved-search__actions">
          <button
            type="button"
            aria-label={t('searches.renameLabel', { name: search.name })}
            onClick={() => setRenaming(true)}
          >
            {t('searches.rename')}
          </button>
          <button
            type="button"
            aria-label={t('searches.deleteLabel', { name: search.name })}
            onClick={() => {
              searchDeleted(search.query);
              onSay(t('searches.deleted', { name: search.name }));
            }}
          >
            {t('searches.delete')}
          </button>
        </span>
      )}
    </li>
  );
}

/** Focuses a field when it appears (a ref callback runs once per mounted element). */
const focusOnce = (el: HTMLInputElement | null) => el?.focus();

function RenameForm({ search, onDone }: { search: SavedSearch; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { searchRenamed } = useSavedSearchActions();
  const [name, setName] = useState(search.name);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    searchRenamed(search.query, name);
    onDone();
  };
  return (
    <form className="save-search__form" onSubmit={submit}>
      <label htmlFor={id}>
        {t('searches.nameLabel')}
        <input
          id={id}
          value={name}
          maxLength={MAX_NAME_LENGTH}
          ref={focusOnce}
          onKeyDown={(e) => e.key === 'Escape' && onDone()}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button type="submit">{t('searches.renameConfirm')}</button>
      <button type="button" onClick={onDone}>
        {t('searches.cancel')}
      </button>
    </form>
  );
}
