import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import type { Catalogue } from '@/lib/i18n/locales/de';
import { localizedText, type LocalizedText } from '@/lib/i18n/localized-text';
import { formatValue } from '@/lib/search/criteria/format-value';
import { parkName } from '@/lib/sites/park-name';
import type { HallSite, PlotSite, Site } from '@/lib/sites/site';
import { totalPurchasePrice } from '@/lib/sites/total-price';

/** The detail page's content as data: sections of labelled, formatted values. */
export interface DetailRow {
  label: string;
  value: string;
  /** A data text in the reader's language (or German, marked), shown instead of `value`. */
  text?: LocalizedText;
}
export interface DetailSection {
  id: string;
  title: string;
  rows: DetailRow[];
}

type FieldKey = keyof Catalogue['field'];

export function detailSections(
  site: Site,
  t: TFunction,
  f: Formatters,
  today: string,
  language = 'de',
): DetailSection[] {
  const unknown = t('detail.unknown');
  const yesNo = (v: boolean) => (v ? t('detail.yes') : t('detail.no'));
  const area = (v: number | null) => (v === null ? unknown : f.area(v));
  const row = (key: FieldKey, value: string): DetailRow => ({ label: t(`field.${key}`), value });
  const textRow = (key: FieldKey & keyof Site, text: LocalizedText | null): DetailRow =>
    text ? { ...row(key, text.text), text } : row(key, unknown);
  const dist = (km: number | null, name: string | null) =>
    km === null ? unknown : t('detail.distance', { km: f.km(km), name: name ?? unknown });
  const available =
    site.available_from === null
      ? unknown
      : site.available_from <= today
        ? t('detail.immediately')
        : f.date(site.available_from);
  const junction = site.junction_autobahn
    ? `${site.junction_name ?? unknown}, ${site.junction_autobahn}`
    : site.junction_name;

  const overview = [
    row('kind', t(`kind.${site.kind}`)),
    row('status', t(`enum.status.${site.status}`)),
    row('park', parkName(site, language) ?? unknown),
    row('municipality', site.municipality),
    row('district', site.district),
    row('state', t(`states.${site.state}`)),
    row('ags', site.ags ?? unknown),
  ];
  const location = [
    row('junction', dist(site.junction_km, junction)),
    row('airport', dist(site.airport_km, site.airport_name)),
    row('rail_siding', yesNo(site.rail_siding)),
    row('power_mva', site.power_mva === null ? unknown : formatValue('mva', site.power_mva, f)),
    row('coordinates', `${f.number(site.lat, 5)}, ${f.number(site.lon, 5)}`),
    row('position_approximate', t(`field.position_approximate_${site.position_approximate}`)),
  ];
  const contact = [
    textRow('contact_org', localizedText(site, 'contact_org', language)),
    textRow('contact_role', localizedText(site, 'contact_role', language)),
    row('contact_email', site.contact_email ?? unknown),
    row('contact_phone', site.contact_phone ?? unknown),
  ];
  const source = [
    row('data_as_of', f.date(site.data_as_of)),
    textRow('source', localizedText(site, 'source', language)),
  ];
  const specific =
    site.kind === 'plot'
      ? plotSections(site, row, area, yesNo, t, f)
      : hallSections(site, row, area, yesNo, t, f);
  const sections: DetailSection[] = [
    { id: 'overview', title: t('detail.sections.overview'), rows: overview },
    { id: 'size', title: t('detail.sections.size'), rows: specific.size },
    {
      id: 'terms',
      title: t('detail.sections.terms'),
      rows: [...specific.terms, row('available_from', available)],
    },
    { id: 'location', title: t('detail.sections.location'), rows: location },
    {
      id: 'features',
      title: t('detail.sections.features'),
      rows: [
        ...specific.features,
        row(
          'sector_tags',
          site.sector_tags.map((tag) => t(`sector.${tag}`, { defaultValue: tag })).join(', ') || unknown,
        ),
      ],
    },
    { id: 'contact', title: t('detail.sections.contact'), rows: contact },
    { id: 'source', title: t('detail.sections.source'), rows: source },
  ];
  return sections;
}

type RowFn = (key: FieldKey, value: string) => DetailRow;
type Fmt = (v: number | null) => string;

function plotSections(
  site: PlotSite,
  row: RowFn,
  area: Fmt,
  yesNo: (v: boolean) => string,
  t: TFunction,
  f: Formatters,
) {
  const price =
    site.price_eur_m2 === null
      ? t('card.priceOnRequest')
      : t('card.perM2', { price: f.euro(site.price_eur_m2) });
  return {
    size: [
      row('area_m2_plot', area(site.area_m2)),
      row('total_area_m2_plot', area(site.total_area_m2)),
      row('largest_contiguous_m2', area(site.largest_contiguous_m2)),
      row('divisible_from_m2', area(site.divisible_from_m2)),
      row('park_area_m2', area(site.park_area_m2)),
    ],
    terms: [
      row('zoning', t(`enum.zoning.${site.zoning}`)),
      row('planning_status', t(`enum.planning_status.${site.planning_status}`)),
      row('development_status', t(`enum.development_status.${site.development_status}`)),
      row('price_eur_m2', price),
      row('total_price', plotTotal(site, t, f)),
    ],
    features: [row('operation_24h', yesNo(site.operation_24h))],
  };
}

function hallSections(
  site: HallSite,
  row: RowFn,
  area: Fmt,
  yesNo: (v: boolean) => string,
  t: TFunction,
  f: Formatters,
) {
  const unknown = t('detail.unknown');
  const num = (v: number | null, unit: string, digits = 1) =>
    v === null ? unknown : `${f.number(v, digits)} ${unit}`.trim();
  const rent =
    site.rent_eur_m2_month === null
      ? t('card.priceOnRequest')
      : t('card.rentPerM2', { price: f.euro(site.rent_eur_m2_month) });
  return {
    size: [
      row('area_m2_hall', area(site.area_m2)),
      row('office_area_m2', area(site.office_area_m2)),
      row('total_area_m2_hall', area(site.total_area_m2)),
      row('divisible_from_m2', area(site.divisible_from_m2)),
      row('clear_height_m', num(site.clear_height_m, 'm')),
      row('floor_load_t_m2', num(site.floor_load_t_m2, 't/m²')),
    ],
    terms: [
      row('offer_type', t(`enum.offer_type.${site.offer_type}`)),
      row('rent_eur_m2_month', rent),
      row('sale_price_eur', site.sale_price_eur === null ? unknown : f.euro(site.sale_price_eur, 0)),
      row('year_built', site.year_built === null ? unknown : String(site.year_built)),
    ],
    features: [
      row('loading_docks', num(site.loading_docks, '', 0)),
      row('ground_level_doors', num(site.ground_level_doors, '', 0)),
      row('crane_t', site.crane_t === null ? t('detail.none') : num(site.crane_t, 't')),
      row('heated', yesNo(site.heated)),
      row('sprinkler', yesNo(site.sprinkler)),
    ],
  };
}

/** A plot's whole price, worked out and marked so: "1.240.000 € (berechnet: 2 ha × 62,00 €/m²)". */
function plotTotal(site: PlotSite, t: TFunction, f: Formatters): string {
  if (site.price_on_request) return t('card.priceOnRequest');
  const total = totalPurchasePrice(site);
  if (!total || site.price_eur_m2 === null) return t('detail.unknown');
  return t('detail.totalComputed', {
    price: f.euro(total.eur, 0),
    area: f.area(site.area_m2),
    perM2: t('card.perM2', { price: f.euro(site.price_eur_m2) }),
  });
}
