import { useTranslation } from 'react-i18next';
import '@/styles/searched-facts.css';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import type { ViewAreaUnit } from '@/lib/i18n/view-area-unit';
import type { Site } from '@/lib/sites/site';
import type { SiteFit } from '@/lib/search/engine/fit';
import { criterionLabel } from '../criterion-label';
import { searchedFacts, type SearchedFact, type SearchedFor } from '../searched-facts';

/**
 * The site's facts for what was searched, as small items under the card's size and price (and
 * in the map popup): nothing when the search asks for nothing a site has a value of.
 */
export function SearchedFactsList({
  site,
  asked,
  areaUnit,
}: {
  site: Site;
  asked: SearchedFor;
  /** The view's area unit, as the card's own size reads. */
  areaUnit?: ViewAreaUnit | undefined;
}) {
  const { t } = useTranslation();
  const f = useFormatters(areaUnit);
  const today = useClock().today();
  const facts = searchedFacts(site, asked, { t, f, today });
  const fit = asked.fitOf?.(site) ?? null;
  return (
    <>
      {fit && <FitLine fit={fit} />}
      {facts.length > 0 && <FactList facts={facts} />}
    </>
  );
}

/** "3 von 4 Wünschen erfüllt · nicht erfüllt: Kaufpreis". */
function FitLine({ fit }: { fit: SiteFit }) {
  const { t } = useTranslation();
  const missed = fit.missed.map((name) => criterionLabel(name, t)).join(', ');
  return (
    <p className={`site-fit site-fit--${fit.met === fit.total ? 'all' : 'some'}`}>
      {fit.total === 0 ? t('wish.none') : t('wish.fit', { met: fit.met, total: fit.total })}
      {missed && ` · ${t('wish.missed', { names: missed })}`}
    </p>
  );
}

function FactList({ facts }: { facts: SearchedFact[] }) {
  const { t } = useTranslation();
  return (
    <ul className="searched-facts" aria-label={t('fact.listLabel')}>
      {facts.map((fact) => (
        <li
          key={fact.key}
          className={`searched-facts__item searched-facts__item--${fact.key === 'near' ? 'distance' : 'value'}`}
          title={fact.title}
        >
          {fact.text}
        </li>
      ))}
    </ul>
  );
}
