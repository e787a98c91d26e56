import { useCallback, type ReactNode } from 'react';
import { SiteCardExtraContext, useSiteCardExtra, type SiteCardExtra } from '@/components/site-card-extra';
import { ShortlistToggle } from '@/features/shortlist/components/shortlist-toggle';

/** Adds the shortlist toggle to every result card, after whatever the card slot already shows. */
export function ShortlistCardAction({ children }: { children: ReactNode }) {
  const parent = useSiteCardExtra();
  const extra = useCallback<SiteCardExtra>(
    (site) => (
      <>
        {parent(site)}
        <ShortlistToggle siteKey={site.key} name={site.name} />
      </>
    ),
    [parent],
  );
  return <SiteCardExtraContext.Provider value={extra}>{children}</SiteCardExtraContext.Provider>;
}
