import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ContextLoadNotices } from './context-load-notices';
import { useClock } from '@/lib/clock';
import { relatedItems, type LinkSite } from '@/lib/context/relate';
import { isCurrent } from '@/lib/context/timing';
import { useContextItems } from '@/lib/context/use-context-items';
import { InvalidRecordsNotice } from '@/components/invalid-records-notice';
import { RelatedItems } from './related-items';
import '@/styles/context.css';

/**
 * "Aus der Region", "Projekte & Initiativen", "Termine" for one site, ranked with reasons; projects
 * and events only while upcoming or running.
 */
export function SiteContext({ site }: { site: LinkSite }) {
  const { t } = useTranslation();
  const today = useClock().today();
  const context = useContextItems();
  const related = useMemo(
    () => ({
      news: relatedItems(site, context.news, today),
      // Site pages show what is coming or going on; past ones are on the context pages.
      projects: relatedItems(site, context.projects, today).filter((r) => isCurrent(r.item, today)),
      events: relatedItems(site, context.events, today).filter((r) => isCurrent(r.item, today)),
    }),
    [site, context.news, context.projects, context.events, today],
  );
  return (
    <div className="site-context">
      <ContextLoadNotices context={context} />
      <InvalidRecordsNotice invalid={context.invalid} />
      {context.isPending ? (
        <p className="search-page__status">{t('context.loading')}</p>
      ) : (
        <>
          <RelatedItems id="news" relations={related.news} />
          <RelatedItems id="projects" relations={related.projects} />
          <RelatedItems id="events" relations={related.events} />
        </>
      )}
    </div>
  );
}
