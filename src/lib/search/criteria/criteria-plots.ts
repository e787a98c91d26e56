import { ZONINGS } from '@/contract/site-schemas';
import { isPlot } from '@/lib/sites/site';
import { decimal, oneOf, slug, wholeNumber } from '../param-decoders';
import { criterion } from './define';
import { many, single, upper, yes } from './param-defs';

/** Criteria of plots (most restrict the results to plots). */

export const PLAN_PARAMS = ['binding', 'draft', 'fnp'] as const;
export const DEV_PARAMS = ['developed', 'partly', 'undeveloped'] as const;
/** `plan=` and `dev=` values → the planning and development status codes of the data. */
export const PLAN_STATUS = {
  binding: 'binding_plan',
  draft: 'plan_in_preparation',
  fnp: 'land_use_plan_only',
} as const;
export const DEV_STATUS = {
  developed: 'developed',
  partly: 'partly_developed',
  undeveloped: 'undeveloped',
} as const;

const planned = (status: Record<string, string>) => (v: string) => [status[v] ?? v];
const urlValueIn = (status: Record<string, string>) => (data: string) =>
  Object.keys(status).find((key) => status[key] === data);

export const PLOT_CRITERIA = {
  zoning: criterion({
    params: { zoning: many(upper(ZONINGS), ZONINGS) },
    kinds: 'plots',
    group: { type: 'category', param: 'zoning', column: (s) => (isPlot(s) ? s.zoning : null) },
    facet: true,
    value: {
      label: 'field.zoning',
      short: { name: 'fact.name.zoning' },
    },
  }),
  plan: criterion({
    params: { plan: many(oneOf(PLAN_PARAMS), PLAN_PARAMS) },
    kinds: 'plots',
    group: {
      type: 'category',
      param: 'plan',
      column: (s) => (isPlot(s) ? s.planning_status : null),
      accept: planned(PLAN_STATUS),
      urlValueOf: urlValueIn(PLAN_STATUS),
    },
    facet: true,
    value: {
      label: 'field.planning_status',
      short: { name: 'fact.name.plan' },
      enumKey: 'enum.planning_status',
    },
  }),
  dev: criterion({
    params: { dev: many(oneOf(DEV_PARAMS), DEV_PARAMS) },
    kinds: 'plots',
    group: {
      type: 'category',
      param: 'dev',
      column: (s) => (isPlot(s) ? s.development_status : null),
      accept: planned(DEV_STATUS),
      urlValueOf: urlValueIn(DEV_STATUS),
    },
    facet: true,
    value: {
      label: 'field.development_status',
      short: { name: 'fact.name.dev' },
      enumKey: 'enum.development_status',
    },
  }),
  price: criterion({
    params: { price_min: single(decimal), price_max: single(decimal) },
    kinds: 'plots',
    group: {
      type: 'range',
      column: (s) => s.price_eur_m2,
      min: 'price_min',
      max: 'price_max',
      format: 'eurPerM2',
    },
    unknown: true,
    value: {
      label: 'field.price_eur_m2',
      short: { name: 'fact.name.price' },
    },
  }),
  contig: criterion({
    params: { contig_min: single(wholeNumber) },
    kinds: 'plots',
    group: {
      type: 'range',
      column: (s) => (isPlot(s) ? s.largest_contiguous_m2 : null),
      min: 'contig_min',
      format: 'area',
    },
    unknown: true,
    value: {
      label: 'field.largest_contiguous_m2',
      short: { name: 'fact.name.contig', text: 'fact.text.contig' },
    },
  }),
  divisible: criterion({
    params: { divisible_max: single(wholeNumber) },
    kinds: 'all',
    group: { type: 'range', column: (s) => s.divisible_from_m2, max: 'divisible_max', format: 'area' },
    unknown: true,
    value: {
      label: 'field.divisible_from_m2',
      short: { name: 'fact.name.divisible', text: 'fact.text.divisible' },
    },
  }),
  park_area: criterion({
    params: { park_area_min: single(wholeNumber) },
    kinds: 'plots',
    group: { type: 'range', column: (s) => s.park_area_m2, min: 'park_area_min', format: 'area' },
    unknown: true,
    value: {
      label: 'field.park_area_m2',
      short: { name: 'fact.name.park_area' },
    },
  }),
  rail: criterion({
    params: { rail: yes },
    kinds: 'plots',
    group: { type: 'flag', param: 'rail', column: (s) => s.rail_siding },
    value: {
      label: 'field.rail_siding',
      short: { name: 'fact.name.rail' },
    },
  }),
  h24: criterion({
    params: { h24: yes },
    kinds: 'plots',
    group: { type: 'flag', param: 'h24', column: (s) => isPlot(s) && s.operation_24h },
    value: {
      label: 'field.operation_24h',
      short: { name: 'fact.name.h24' },
    },
  }),
  sector: criterion({
    params: { sector: many((s) => slug(s)?.toLowerCase()) },
    kinds: 'all',
    group: { type: 'tags' },
    facet: true,
    value: {
      label: 'field.sector_tags',
      short: { name: 'fact.name.sector' },
      read: (s) => s.sector_tags,
      enumKey: 'sector',
    },
  }),
};
