import { Link } from '@tanstack/react-router';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import { useViewAreaUnit } from '@/lib/i18n/view-area-unit';
import type { Site } from '@/lib/sites/site';
import { detailSections } from '../detail-fields';
import { ContactAction } from './contact-action';

/** Every field of one site in readable form, with its "as of" date and a contact action. */
export function SiteDetail({ site, siteUrl, actions }: { site: Site; siteUrl: string; actions?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalizedText();
  // Areas in the unit of a list of this kind: a hall in m², a plot in ha (under `auto`).
  const f = useFormatters(useViewAreaUnit([site.kind]));
  const today = useClock().today();
  const sections = detailSections(site, t, f, today, i18n.language);
  // Unique ids: the shortlist's print view shows several sites on one page.
  const uid = useId();
  return (
    <article className="site-detail" aria-labelledby={`${uid}-title`}>
      <Link to="/" search={true} className="site-detail__back">
        ← {t('detail.back')}
      </Link>
      <p className="site-detail__kind">{t(`kind.${site.kind}`)}</p>
      <h1 id={`${uid}-title`} tabIndex={-1}>
        <Localized value={localize(site, 'name')} />
      </h1>
      <p className="site-detail__meta">
        {site.municipality} · {t('detail.asOf', { date: f.date(site.data_as_of) })}
      </p>
      {site.status !== 'available' && (
        <p className={`notice notice--${site.status === 'withdrawn' ? 'error' : 'warning'}`}>
          {t(`enum.status.${site.status}`)}
        </p>
      )}
      <ContactAction site={site} siteUrl={siteUrl} />
      {actions && <div className="site-detail__actions">{actions}</div>}
      {sections.map((section) => (
        <section
          key={section.id}
          className="site-detail__section"
          data-section={section.id}
          aria-labelledby={`${uid}-section-${section.id}`}
        >
          <h2 id={`${uid}-section-${section.id}`}>{section.title}</h2>
          <dl>
            {section.rows.map((r) => (
              <div key={r.label} className="site-detail__row">
                <dt>{r.label}</dt>
                <dd>{r.text ? <Localized value={r.text} /> : r.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </article>
  );
}
