import { useTranslation } from 'react-i18next';

/** "Drucken / PDF": the browser's print dialog, which also saves as PDF; print.css lays it out. */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="print-button no-print" onClick={() => window.print()}>
      {t('expose.print')}
    </button>
  );
}
