import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteKey } from '@/contract/site-key';
import { useShortlistActions, useShortlistNote } from '../shortlist-store';
import { MAX_NOTE_LENGTH } from '../shortlist-storage';

/** The private note on one entry of the own shortlist, kept as it is typed. */
export function ShortlistNoteField({ siteKey, name }: { siteKey: SiteKey; name: string }) {
  const { t } = useTranslation();
  const id = useId();
  const note = useShortlistNote(siteKey);
  const { noteChanged } = useShortlistActions();
  return (
    <div className="shortlist-note">
      <label htmlFor={id}>{t('shortlist.noteLabel', { name })}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        aria-describedby={`${id}-hint`}
        onChange={(e) => noteChanged(siteKey, e.target.value)}
      />
      <span id={`${id}-hint`} className="shortlist-note__hint">
        {t('shortlist.noteHint')}
      </span>
    </div>
  );
}
