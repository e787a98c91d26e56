import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import type { Site } from '@/lib/sites/site';

/** The contact for the printed exposé: organisation, role, e-mail, phone and the site's link, each in full. */
export function ExposeContact({ site, siteUrl }: { site: Site; siteUrl: string }) {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  const rows = (['contact_org', 'contact_role', 'contact_email', 'contact_phone'] as const).filter(
    (k) => site[k],
  );
  return (
    <div className="expose-contact">
      <h3>{t('expose.contactTitle')}</h3>
      <dl>
        {rows.map((key) => (
          <div key={key} className="expose-contact__row">
            <dt>{t(`field.${key}`)}</dt>
            <dd>
              {key === 'contact_org' || key === 'contact_role' ? (
                <Localized
                  value={localize(site, key) ?? { text: site[key] ?? '', lang: 'de', fallback: false }}
                />
              ) : (
                site[key]
              )}
            </dd>
          </div>
        ))}
        <div className="expose-contact__row">
          <dt>{t('expose.link')}</dt>
          <dd>
            <a href={siteUrl}>{siteUrl}</a>
          </dd>
        </div>
      </dl>
    </div>
  );
}
