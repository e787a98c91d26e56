import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Every page says that the data is illustrative and positions are approximate: one line that
 * opens to the full sentence, in its own labelled landmark (no content outside landmarks).
 */
export function SampleDataNote() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <aside className="sample-data-note" aria-label={t('app.sampleDataLabel')} data-open={open}>
      <p role="note" id={id}>
        <span className="sample-data-note__short">{t('app.sampleDataShort')}</span>
        {/* Printed in full whether open or not (print.css). */}
        <span className="sample-data-note__full">{t('app.sampleData')}</span>
      </p>
      <button
        type="button"
        className="sample-data-note__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('app.sampleDataLess') : t('app.sampleDataMore')}
      </button>
    </aside>
  );
}
