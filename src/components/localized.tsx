import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  localizedText,
  type Localize,
  type LocalizedText,
  type WithEnglish,
} from '@/lib/i18n/localized-text';

/** `localizedText` bound to the reader's language. */
export function useLocalizedText(): Localize {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () =>
      ((record: WithEnglish<string, string | null>, field: string) =>
        localizedText(record, field, language)) as Localize,
    [language],
  );
}

/**
 * A data text in the reader's language. A German text shown to an English reader is marked
 * `lang="de"` and followed by "German only"; the German interface shows nothing extra.
 */
export function Localized({ value }: { value: LocalizedText }) {
  const { t } = useTranslation();
  if (!value.fallback) return <>{value.text}</>;
  return (
    <>
      <span lang="de">{value.text}</span> <span className="lang-mark">({t('app.germanOnly')})</span>
    </>
  );
}
