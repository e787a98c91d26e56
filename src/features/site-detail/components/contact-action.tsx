import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '@/components/localized';
import type { Site } from '@/lib/sites/site';
import { mailtoHref } from '../mailto';

/** An e-mail to the site's contact, with the site's deep link in the body. */
export function ContactAction({ site, siteUrl }: { site: Site; siteUrl: string }) {
  const { t } = useTranslation();
  const name = useLocalizedText()(site, 'name').text;
  if (!site.contact_email) return null;
  const href = mailtoHref(site.contact_email, {
    subject: t('detail.mailSubject', { name }),
    body: t('detail.mailBody', { name, municipality: site.municipality, link: siteUrl }),
  });
  return (
    <a className="button site-detail__contact" href={href}>
      {t('detail.contact')}
    </a>
  );
}
