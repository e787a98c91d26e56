import '@/styles/near-misses.css';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import type { ViewAreaUnit } from '@/lib/i18n/view-area-unit';
import type { NearMiss, NearMisses } from '@/lib/search/engine/near-misses';
import { loosenCriterion } from '@/lib/search/near-miss/loosen-criterion';
import { nearMissText } from '@/lib/search/near-miss/miss-text';
import type { SearchParams } from '@/lib/search/search-param-table';
import type { Site } from '@/lib/sites/site';
import { criterionLabel } from '../criterion-label';

interface NearMissPanelProps {
  nearMisses: NearMisses;
  /** The index's sites (near misses hold site indices). */
  sites: readonly Site[];
  params: SearchParams;
  onChange: (next: SearchParams) => void;
  nearPoint: readonly [number, number] | null;
  nearLabel: string | null;
  /** The view's area unit, as the cards read. */
  areaUnit?: ViewAreaUnit | undefined;
}

/**
 * "Knapp verfehlt (n)": a button beside the result count that opens the sites failing exactly
 * one criterion, closest first, each saying what it lacks, with "Kriterium lockern" to loosen
 * exactly that criterion. Hidden when there are none.
 */
export function NearMissPanel(props: NearMissPanelProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const id = useId();
  const [open, setOpen] = useState(false);
  const { list, total } = props.nearMisses;
  if (total === 0) return null;
  return (
    <div className="near-misses">
      <button
        type="button"
        className="near-misses__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t('nearMiss.toggle', { formatted: f.number(total) })}
      </button>
      <section id={id} hidden={!open} aria-labelledby={`${id}-title`} className="near-misses__panel">
        <h2 id={`${id}-title`} className="near-misses__title">
          {t('nearMiss.title')}
        </h2>
        <p className="near-misses__intro">
          {list.length < total
            ? t('nearMiss.introTop', { limit: list.length, formatted: f.number(total) })
            : t('nearMiss.intro')}
        </p>
        {open && (
          <ol className="near-misses__list">
            {list.map((miss) => (
              <NearMissItem key={miss.site} miss={miss} {...props} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function NearMissItem({
  miss,
  sites,
  params,
  onChange,
  nearPoint,
  nearLabel,
  areaUnit,
}: NearMissPanelProps & { miss: NearMiss }) {
  const { t } = useTranslation();
  const f = useFormatters(areaUnit);
  const site = sites[miss.site]!;
  const name = useLocalizedText()(site, 'name');
  const criterion = criterionLabel(miss.criterion, t);
  const today = useClock().today();
  const lacks = nearMissText(miss.criterion, site, params, { t, f, nearPoint, nearLabel, today });
  return (
    <li className="near-miss">
      <Link
        className="near-miss__name"
        to="/sites/$collectionId/$featureId"
        params={{ collectionId: site.collectionId, featureId: site.featureId }}
        search={true}
      >
        <Localized value={name} />
      </Link>
      <span className="near-miss__place">
        {t(`kind.${site.kind}`)} · {site.municipality} · {f.area(site.area_m2)}
      </span>
      <span className="near-miss__lacks">{lacks}</span>
      <button
        type="button"
        className="near-miss__loosen"
        aria-label={t('nearMiss.loosenLabel', { criterion, site: name.text })}
        onClick={() => onChange(loosenCriterion(miss.criterion, site, params, { nearPoint, today }))}
      >
        {t('nearMiss.loosen')}
      </button>
    </li>
  );
}
