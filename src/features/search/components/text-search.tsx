import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { looksLikePostcode } from '@/lib/search/engine/normalize-text';

/** Free text over name, park, municipality and district; commits on Enter or blur. */
export function TextSearch({
  value,
  onCommit,
}: {
  value: string | undefined;
  onCommit: (q: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const commit = () => {
    const q = draft.trim() || undefined;
    if (q !== value) onCommit(q);
  };
  return (
    <form
      className="text-search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        commit();
      }}
    >
      <label htmlFor={id}>{t('filters.q')}</label>
      <input
        id={id}
        type="search"
        value={draft}
        maxLength={100}
        placeholder={t('filters.qPlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
      />
      {looksLikePostcode(draft) && <p className="field-hint">{t('filters.postcode')}</p>}
    </form>
  );
}
