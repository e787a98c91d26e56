import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '@/components/localized';
import { SiteDetail } from '@/features/site-detail/components/site-detail';
import { SiteNotFound } from '@/features/site-detail/components/not-found';
import { SiteContext } from '@/features/context/components/site-context';
import { SiteProfile } from '@/features/context/components/site-profile';
import { toSiteKey } from '@/contract/site-key';
import { ExposeSheet } from '@/features/expose/components/expose-sheet';
import { PrintButton } from '@/features/expose/components/print-button';
import { CopyLinkButton } from '@/features/share/components/copy-link-button';
import { shareableViewUrl } from '@/features/share/view-url';
import { ShortlistToggle } from '@/features/shortlist/components/shortlist-toggle';
import { useExplorer } from '../explorer-context';

/** `/sites/{collectionId}/{featureId}`: the detail of one site, or not found. */
export function SitePage() {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  const { collectionId, featureId } = useParams({ from: '/explorer/sites/$collectionId/$featureId' });
  const { sitesState } = useExplorer();
  const key = toSiteKey(collectionId, featureId);
  const site = sitesState.sites.find((s) => s.key === key);
  if (site) {
    const url = new URL(
      `${import.meta.env.BASE_URL}sites/${encodeURIComponent(collectionId)}/${encodeURIComponent(featureId)}`,
      window.location.origin,
    );
    return (
      <>
        <SiteDetail
          site={site}
          siteUrl={url.href}
          actions={
            <>
              <ShortlistToggle siteKey={site.key} name={localize(site, 'name').text} />
              <PrintButton />
              <CopyLinkButton getUrl={() => shareableViewUrl(window.location.href)} />
            </>
          }
        />
        <ExposeSheet site={site} siteUrl={url.href} />
        <SiteProfile site={site} />
        <SiteContext site={site} />
      </>
    );
  }
  const collection = sitesState.collections.find((c) => c.source.collectionId === collectionId);
  if (collection && (collection.isPending || collection.error)) {
    return collection.isPending ? <p className="search-page__status">{t('search.loading')}</p> : null;
  }
  return <SiteNotFound siteKey={key} />;
}
