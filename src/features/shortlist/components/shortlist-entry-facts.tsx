import { useTranslation } from 'react-i18next';
import { useClock } from '@/lib/clock';
import type { Formatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import { entryFacts, FACT_IDS } from '../entry-facts';

/** Kind, area, price or rent, availability and motorway distance of one entry, labelled. */
export function ShortlistEntryFacts({ site, f }: { site: Site; f: Formatters }) {
  const { t } = useTranslation();
  const facts = entryFacts(site, t, f, useClock().today());
  return (
    <dl className="shortlist-entry__facts">
      {FACT_IDS.map((id) => (
        <div key={id} data-fact={id}>
          <dt>{t(`shortlist.facts.${id}`)}</dt>
          <dd>{facts[id]}</dd>
        </div>
      ))}
      <div data-fact="municipality">
        <dt>{t('shortlist.facts.municipality')}</dt>
        <dd>{site.municipality}</dd>
      </div>
    </dl>
  );
}
