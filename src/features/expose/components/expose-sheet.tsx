import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import { ContextMap } from './context-map';
import { CurrentContextList } from './current-context-list';
import { ExposeContact } from './expose-contact';
import { QrCode } from './qr-code';
import '@/styles/print.css';

/**
 * The exposé part of the site page: the context map, the contact, the deep link as QR code and
 * text, the dates; in print also the running projects and coming events.
 */
export function ExposeSheet({ site, siteUrl }: { site: Site; siteUrl: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const today = useClock().today();
  const titleId = useId();
  return (
    <section className="expose-sheet" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('expose.mapTitle')}</h2>
      <div className="expose-sheet__main">
        <ContextMap site={site} />
        <div className="expose-sheet__side">
          <div className="expose-sheet__link">
            <QrCode value={siteUrl} label={t('expose.qrLabel')} />
            <p className="expose-sheet__link-text">
              {t('expose.link')}: <a href={siteUrl}>{siteUrl}</a>
            </p>
            <p className="print-only">{t('expose.qrCaption')}</p>
          </div>
          <p className="expose-sheet__dates">
            {t('detail.asOf', { date: f.date(site.data_as_of) })}
            <span className="print-only-inline"> · {t('expose.printedAt', { date: f.date(today) })}</span>
          </p>
          <div className="print-only">
            <CurrentContextList site={site} />
          </div>
        </div>
      </div>
      <div className="print-only">
        <ExposeContact site={site} siteUrl={siteUrl} />
      </div>
    </section>
  );
}
