import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import type { InvalidRecord } from '@/lib/sites/validate-sites';

const SHOWN = 50;

/** Records refused at the edge, and links dropped from kept records, are counted and named, never dropped silently. */
export function InvalidRecordsNotice({ invalid }: { invalid: InvalidRecord[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  if (invalid.length === 0) return null;
  const dropped = invalid.filter((r) => r.kept).length;
  const skipped = invalid.length - dropped;
  return (
    <div className="notice notice--warning">
      {skipped > 0 && <p>{t('load.invalid', { count: skipped, formatted: f.number(skipped) })}</p>}
      {dropped > 0 && <p>{t('load.droppedLinks', { count: dropped, formatted: f.number(dropped) })}</p>}
      <details>
        <summary>{t('load.invalidDetails')}</summary>
        <ul>
          {invalid.slice(0, SHOWN).map((r, i) => (
            <li key={`${r.collectionId}-${r.featureId ?? i}-${i}`}>
              {t('load.invalidRecord', {
                collection: r.collectionId,
                id: r.featureId ?? '?',
                reason: r.reason,
              })}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
