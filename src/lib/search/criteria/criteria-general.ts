import { STATES } from '@/contract/field-types';
import { bboxOf, decimal, isoDate, lonLat, oneOf, polygonOf, slug, wholeNumber } from '../param-decoders';
import { durationParam } from '../relative-date';
import { criterion } from './define';
import { many, single, upper } from './param-defs';

/** Criteria of every site: kind, text, size, place, transport, availability, grid connection. */

export const KINDS = ['plots', 'halls'] as const;
export type KindParam = (typeof KINDS)[number];
export const DEFAULT_RADIUS_KM = 25;
export const MAX_TEXT_LENGTH = 100;

const ags = (digits: number) => (s: string) => (new RegExp(`^\\d{${digits}}$`).test(s) ? s : undefined);
const lonLatText = (v: readonly [number, number]) => `${v[0].toFixed(5)},${v[1].toFixed(5)}`;
const autobahnName = (s: string) => (/^A\d{1,3}$/i.test(s) ? s.toUpperCase() : undefined);
const radius = (v: string) => {
  const n = decimal(v);
  return n !== undefined && n > 0 && n <= 500 ? n : undefined;
};
const text = (raw: string) => (raw.trim() && raw.length <= MAX_TEXT_LENGTH ? raw.trim() : undefined);
const place = (raw: string) => {
  const point = lonLat(raw);
  if (point) return lonLatText(point);
  return slug(raw)?.toLowerCase();
};

export const GENERAL_CRITERIA = {
  q: criterion({ params: { q: single(text) }, kinds: 'all', group: { type: 'text' }, value: null }),
  kind: criterion({
    params: { kind: single(oneOf(KINDS)) },
    kinds: 'all',
    group: { type: 'kind' },
    facet: true,
    value: null,
  }),
  area: criterion({
    params: { area_min: single(wholeNumber), area_max: single(wholeNumber) },
    kinds: 'all',
    group: { type: 'range', column: (s) => s.area_m2, min: 'area_min', max: 'area_max', format: 'area' },
    value: { label: 'criteria.area' },
  }),
  near: criterion({
    params: {
      near: single(place),
      radius_km: single(radius, { isDefault: (v) => v === DEFAULT_RADIUS_KM }),
    },
    kinds: 'all',
    group: { type: 'near' },
    value: null,
  }),
  state: criterion({
    params: { state: many(upper(STATES), STATES) },
    kinds: 'all',
    group: { type: 'category', param: 'state', column: (s) => s.state },
    facet: true,
    value: {
      label: 'field.state',
      short: { name: 'fact.name.state' },
      enumKey: 'states',
    },
  }),
  district: criterion({
    params: { district: many(ags(5)) },
    kinds: 'all',
    group: { type: 'category', param: 'district', column: (s) => s.ags?.slice(0, 5) ?? null },
    facet: true,
    value: {
      label: 'field.district',
      short: { name: 'fact.name.district' },
      read: (s) => s.district,
    },
  }),
  municipality: criterion({
    params: { municipality: many(ags(8)) },
    kinds: 'all',
    group: { type: 'category', param: 'municipality', column: (s) => s.ags ?? null },
    facet: true,
    value: {
      label: 'field.municipality',
      short: { name: 'fact.name.municipality' },
      read: (s) => s.municipality,
    },
  }),
  pop30: criterion({
    params: { pop30_min: single(wholeNumber) },
    kinds: 'all',
    group: { type: 'range', column: (s) => s.pop_30km, min: 'pop30_min', format: 'count' },
    unknown: true,
    value: {
      label: 'criteria.pop30',
      short: { name: 'fact.name.pop30', text: 'fact.text.pop30' },
    },
  }),
  junction: criterion({
    params: { junction_km_max: single(decimal) },
    kinds: 'all',
    group: { type: 'range', column: (s) => s.junction_km, max: 'junction_km_max', format: 'km' },
    unknown: true,
    value: {
      label: 'criteria.junction',
      short: { name: 'fact.name.junction' },
      detail: (s) => [s.junction_autobahn, s.junction_name].filter(Boolean).join(' ') || null,
    },
  }),
  airport: criterion({
    params: { airport_km_max: single(decimal) },
    kinds: 'all',
    group: { type: 'range', column: (s) => s.airport_km, max: 'airport_km_max', format: 'km' },
    unknown: true,
    value: {
      label: 'criteria.airport',
      short: { name: 'fact.name.airport', text: 'fact.text.airport' },
      detail: (s) => s.airport_name,
    },
  }),
  autobahn: criterion({
    params: { autobahn: many(autobahnName) },
    kinds: 'all',
    group: { type: 'category', param: 'autobahn', column: (s) => s.junction_autobahn },
    facet: true,
    value: {
      label: 'criteria.autobahn',
      short: { name: 'fact.name.autobahn' },
    },
  }),
  avail: criterion({
    params: {
      avail: single((v) => (v === 'now' ? v : (durationParam(v) ?? isoDate(v)))),
      avail_after: single((v) => durationParam(v) ?? isoDate(v)),
    },
    kinds: 'all',
    group: { type: 'dateRange', column: (s) => s.available_from, by: 'avail', after: 'avail_after' },
    unknown: true,
    value: {
      label: 'field.available_from',
      short: { name: 'fact.name.avail', text: 'fact.text.avail' },
    },
  }),
  power: criterion({
    params: { power_min: single(decimal) },
    kinds: 'all',
    group: { type: 'range', column: (s) => s.power_mva, min: 'power_min', format: 'mva' },
    unknown: true,
    value: {
      label: 'field.power_mva',
      short: { name: 'fact.name.power' },
    },
  }),
};

/** Areas set on the map or from a project page: no control in the filter panel. */
export const AREA_CRITERIA = {
  bbox: criterion({
    params: { bbox: single(bboxOf, { encode: (v) => v.map((n) => n.toFixed(5)).join(',') }) },
    kinds: 'all',
    group: { type: 'bbox' },
    value: null,
  }),
  poly: criterion({
    params: { poly: single(polygonOf, { encode: (v) => v.map(lonLatText).join(';') }) },
    kinds: 'all',
    group: { type: 'poly' },
    value: null,
  }),
  region: criterion({
    params: { region: single(slug) },
    kinds: 'all',
    group: { type: 'region' },
    value: null,
  }),
};
