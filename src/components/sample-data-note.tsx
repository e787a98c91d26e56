import { useTranslation } from 'react-i18next';

/** Every page says that the data is illustrative and positions are approximate. */
export function SampleDataNote() {
  const { t } = useTranslation();
  return (
    <p className="sample-data-note" role="note">
      {t('app.sampleData')}
    </p>
  );
}
