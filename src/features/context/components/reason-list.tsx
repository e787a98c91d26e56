import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import type { LinkReason } from '@/lib/context/relate';
import { reasonText } from '../reason-text';

/** The reasons of one link, as small labels; `underItem`: listed under the item they name (see reasonText). */
export function ReasonList({
  reasons,
  underItem = false,
}: {
  reasons: readonly LinkReason[];
  underItem?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  return (
    <ul className="ctx-reasons" aria-label={t('context.reasons')}>
      {reasons.map((r, i) => (
        <li key={`${r.code}-${i}`} className={`ctx-reasons__item ctx-reasons__item--${r.code}`}>
          {reasonText(r, t, f, i18n.language, underItem)}
        </li>
      ))}
    </ul>
  );
}
