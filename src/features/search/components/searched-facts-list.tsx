import { useTranslation } from 'react-i18next';
import '@/styles/searched-facts.css';
import { useFormatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import { searchedFacts, type SearchedFor } from '../searched-facts';

/**
 * The site's facts for what was searched, as small items under the card's size and price (and
 * in the map popup): nothing when the search asks for nothing a site has a value of.
 */
export function SearchedFactsList({ site, asked }: { site: Site; asked: SearchedFor }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const facts = searchedFacts(site, asked, { t, f });
  if (facts.length === 0) return null;
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
