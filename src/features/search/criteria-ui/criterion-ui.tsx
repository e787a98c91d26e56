import { STATES } from '@/contract/field-types';
import { ZONINGS } from '@/contract/site-schemas';
import { keyIn, type KeyGroup, type TranslationKey } from '@/lib/i18n/translation-key';
import type { CriterionName } from '@/lib/search/criteria/criteria';
import { lonLat } from '@/lib/search/param-decoders';
import { DEFAULT_RADIUS_KM, DEV_STATUS, PLAN_STATUS } from '@/lib/search/search-param-table';
import { availDurationChip } from '../duration-text';
import { AreaField } from '../components/area-field';
import { AvailField } from '../components/avail-field';
import { KindField } from '../components/kind-field';
import { OfferField } from '../components/offer-field';
import { PlaceField } from '../components/place-field';
import { TextSearch } from '../components/text-search';
import type { ChoiceOption } from '../components/choice-list';
import type { ChipContext, ChoiceContext, ControlSpec, CriterionUi } from './control-spec';

/**
 * The filter panel's control and the chip text of every criterion, keyed like the criteria table;
 * `satisfies` makes a criterion without an entry a type error. Within a section, controls follow
 * the table's order.
 */

const list = (values: readonly string[]) => values.join(', ');
const byLabel = (a: ChoiceOption, b: ChoiceOption) => a.label.localeCompare(b.label, 'de');
const byNumber = (a: ChoiceOption, b: ChoiceOption) => Number(a.value.slice(1)) - Number(b.value.slice(1));
const number = (labels: { min?: TranslationKey; max?: TranslationKey }): ControlSpec => ({
  type: 'number',
  labels,
});
const flag = (label: TranslationKey): ControlSpec => ({ type: 'flag', label });
const namesOf = (values: readonly string[] | undefined, { names }: ChipContext) =>
  list((values ?? []).map((k) => names.get(k) ?? k));
/** Options from fixed values: labels from the catalogue, counts from the facet under the data's code. */
const fixed =
  (
    facet: keyof ChoiceContext['facets'],
    values: readonly string[],
    label: (v: string) => TranslationKey,
    code = (v: string) => v,
  ) =>
  ({ t, facets }: ChoiceContext): ChoiceOption[] =>
    values.map((v) => ({ value: v, label: t(label(v)), count: facets[facet].get(code(v)) ?? 0 }));
/** Options from the values present (facet keys), labelled by AGS name. */
const byAgs =
  (facet: 'district' | 'municipality') =>
  ({ facets, names }: ChoiceContext): ChoiceOption[] =>
    [...facets[facet]]
      .map(([ags, count]) => ({ value: ags, label: names.get(ags) ?? ags, count }))
      .sort(byLabel);

/** Planning or development status: URL values (`binding`) stand for the data's codes (`binding_plan`). */
function statusChoice(
  name: 'plan' | 'dev',
  status: Readonly<Record<string, string>>,
  group: KeyGroup,
  legend: TranslationKey,
): CriterionUi {
  const label = (v: string) => keyIn(group, status[v] ?? v);
  return {
    section: 'plots',
    control: {
      type: 'choice',
      legend,
      options: fixed(name, Object.keys(status), label, (v) => status[v] ?? v),
    },
    chip: (_n, p, { t }) => list((p[name] ?? []).map((v) => t(label(v)))),
  };
}

export const CRITERION_UI = {
  kind: {
    section: 'top',
    control: { type: 'custom', render: (props) => <KindField {...props} /> },
    chip: (_n, p, { t }) => t(p.kind === 'halls' ? 'search.kindHalls' : 'search.kindPlots'),
  },
  q: {
    section: 'top',
    control: {
      type: 'custom',
      render: ({ params, set }) => (
        <TextSearch key={`q-${params.q}`} value={params.q} onCommit={(q) => set({ q })} />
      ),
    },
  },
  area: { section: 'size', control: { type: 'custom', render: (props) => <AreaField {...props} /> } },
  near: {
    section: 'location',
    control: { type: 'custom', render: ({ params, set }) => <PlaceField params={params} set={set} /> },
    chip: (_n, p, { f, t, names }) => {
      const near = p.near ?? '';
      const place = names.get(near) ?? (lonLat(near) ? t('filters.nearPoint', { point: near }) : near);
      return `${place} (${f.km(p.radius_km ?? DEFAULT_RADIUS_KM)})`;
    },
  },
  state: {
    section: 'location',
    control: {
      type: 'choice',
      legend: 'search.state',
      options: fixed('state', STATES, (s) => keyIn('states', s)),
    },
    chip: (_n, p, { t }) => list((p.state ?? []).map((s) => t(`states.${s}`))),
  },
  district: {
    section: 'location',
    control: { type: 'choice', legend: 'filters.district', options: byAgs('district'), scroll: true },
    chip: (_n, p, ctx) => namesOf(p.district, ctx),
  },
  municipality: {
    section: 'location',
    control: { type: 'choice', legend: 'filters.municipality', options: byAgs('municipality'), scroll: true },
    chip: (_n, p, ctx) => namesOf(p.municipality, ctx),
  },
  pop30: { section: 'location', control: number({ min: 'filters.pop30Min' }) },
  junction: { section: 'transport', control: number({ max: 'filters.junctionKmMax' }) },
  airport: { section: 'transport', control: number({ max: 'filters.airportKmMax' }) },
  autobahn: {
    section: 'transport',
    control: {
      type: 'choice',
      legend: 'filters.autobahn',
      options: ({ facets }) =>
        [...facets.autobahn].map(([a, count]) => ({ value: a, label: a, count })).sort(byNumber),
    },
  },
  avail: {
    section: 'transport',
    control: { type: 'custom', render: (props) => <AvailField {...props} /> },
    chip: (name, p, { t, f }) => {
      const v = name === 'avail' ? p.avail : p.avail_after;
      if (v === 'now') return t('filters.availNow');
      return v ? (availDurationChip(name as 'avail' | 'avail_after', v, t) ?? f.date(v)) : null;
    },
  },
  power: { section: 'transport', control: number({ min: 'filters.powerMin' }) },
  zoning: {
    section: 'plots',
    control: {
      type: 'choice',
      legend: 'field.zoning',
      options: fixed('zoning', ZONINGS, (z) => keyIn('enum.zoning', z)),
    },
  },
  plan: statusChoice('plan', PLAN_STATUS, 'enum.planning_status', 'field.planning_status'),
  dev: statusChoice('dev', DEV_STATUS, 'enum.development_status', 'field.development_status'),
  price: { section: 'plots', control: number({ min: 'filters.priceMin', max: 'filters.priceMax' }) },
  contig: { section: 'plots', control: number({ min: 'filters.contigMin' }) },
  divisible: { section: 'plots', control: number({ max: 'filters.divisibleMax' }) },
  park_area: { section: 'plots', control: number({ min: 'filters.parkAreaMin' }) },
  rail: { section: 'plots', control: flag('field.rail_siding') },
  h24: { section: 'plots', control: flag('field.operation_24h') },
  sector: {
    section: 'plots',
    control: {
      type: 'choice',
      legend: 'field.sector_tags',
      options: ({ t, facets }) =>
        [...facets.sector].map(([tag, count]) => ({
          value: tag,
          label: t(`sector.${tag}`, { defaultValue: tag }),
          count,
        })),
    },
    chip: (_n, p, { t }) => list((p.sector ?? []).map((tag) => t(`sector.${tag}`, { defaultValue: tag }))),
  },
  offer: {
    section: 'halls',
    control: { type: 'custom', render: (props) => <OfferField {...props} /> },
    chip: (_n, p, { t }) => (p.offer ? t(`enum.offer_type.${p.offer}`) : null),
  },
  rent: { section: 'halls', control: number({ min: 'filters.rentMin', max: 'filters.rentMax' }) },
  office: { section: 'halls', control: number({ min: 'filters.officeMin' }) },
  height: { section: 'halls', control: number({ min: 'filters.heightMin' }) },
  load: { section: 'halls', control: number({ min: 'filters.loadMin' }) },
  docks: { section: 'halls', control: number({ min: 'filters.docksMin' }) },
  doors: { section: 'halls', control: flag('field.ground_level_doors') },
  crane: { section: 'halls', control: flag('field.crane_t') },
  heated: { section: 'halls', control: flag('field.heated') },
  sprinkler: { section: 'halls', control: flag('field.sprinkler') },
  bbox: { section: 'map', control: { type: 'none' }, chip: () => null },
  poly: { section: 'map', control: { type: 'none' }, chip: () => null },
  region: {
    section: 'map',
    control: { type: 'none' },
    chip: (_n, p, { names }) => names.get(p.region ?? '') ?? p.region ?? '',
  },
} satisfies Record<CriterionName, CriterionUi>;

export const criterionUi = (name: CriterionName): CriterionUi => CRITERION_UI[name];
