import { isHall } from '@/lib/sites/site';
import { decimal, oneOf, wholeNumber } from '../param-decoders';
import { criterion } from './define';
import { single, yes } from './param-defs';

/** Criteria of halls: each restricts the results to halls. */

export const OFFER_PARAMS = ['rent', 'sale'] as const;

export const HALL_CRITERIA = {
  offer: criterion({
    params: { offer: single(oneOf(OFFER_PARAMS)) },
    kinds: 'halls',
    group: {
      type: 'category',
      param: 'offer',
      column: (s) => (isHall(s) ? s.offer_type : null),
      // An offer for both matches either.
      accept: (v) => [v, 'both'],
    },
    facet: true,
    value: {
      label: 'field.offer_type',
      short: { name: 'fact.name.offer' },
      enumKey: 'enum.offer_type',
    },
  }),
  rent: criterion({
    params: { rent_min: single(decimal), rent_max: single(decimal) },
    kinds: 'halls',
    group: {
      type: 'range',
      column: (s) => (isHall(s) ? s.rent_eur_m2_month : null),
      min: 'rent_min',
      max: 'rent_max',
      format: 'eurPerM2Month',
    },
    unknown: true,
    value: {
      label: 'field.rent_eur_m2_month',
      short: { name: 'fact.name.rent' },
    },
  }),
  office: criterion({
    params: { office_min: single(wholeNumber) },
    kinds: 'halls',
    group: {
      type: 'range',
      column: (s) => (isHall(s) ? s.office_area_m2 : null),
      min: 'office_min',
      format: 'area',
    },
    unknown: true,
    value: {
      label: 'field.office_area_m2',
      short: { name: 'fact.name.office' },
    },
  }),
  height: criterion({
    params: { height_min: single(decimal) },
    kinds: 'halls',
    group: {
      type: 'range',
      column: (s) => (isHall(s) ? s.clear_height_m : null),
      min: 'height_min',
      format: 'metre',
    },
    unknown: true,
    value: {
      label: 'field.clear_height_m',
      short: { name: 'fact.name.height' },
    },
  }),
  load: criterion({
    params: { load_min: single(decimal) },
    kinds: 'halls',
    group: {
      type: 'range',
      column: (s) => (isHall(s) ? s.floor_load_t_m2 : null),
      min: 'load_min',
      format: 'tPerM2',
    },
    unknown: true,
    value: {
      label: 'field.floor_load_t_m2',
      short: { name: 'fact.name.load' },
    },
  }),
  docks: criterion({
    params: { docks_min: single(wholeNumber) },
    kinds: 'halls',
    group: {
      type: 'range',
      column: (s) => (isHall(s) ? s.loading_docks : null),
      min: 'docks_min',
      format: 'count',
    },
    unknown: true,
    value: {
      label: 'field.loading_docks',
      short: { name: 'fact.name.docks', text: 'fact.text.docks' },
    },
  }),
  doors: criterion({
    params: { doors: yes },
    kinds: 'halls',
    group: { type: 'flag', param: 'doors', column: (s) => isHall(s) && (s.ground_level_doors ?? 0) > 0 },
    value: {
      label: 'field.ground_level_doors',
      short: { name: 'fact.name.doors', text: 'fact.text.doors' },
      read: (s) => (isHall(s) ? s.ground_level_doors : null),
    },
  }),
  crane: criterion({
    params: { crane: yes },
    kinds: 'halls',
    group: { type: 'flag', param: 'crane', column: (s) => isHall(s) && (s.crane_t ?? 0) > 0 },
    value: {
      label: 'field.crane_t',
      short: { name: 'fact.name.crane' },
    },
  }),
  heated: criterion({
    params: { heated: yes },
    kinds: 'halls',
    group: { type: 'flag', param: 'heated', column: (s) => isHall(s) && s.heated },
    value: {
      label: 'field.heated',
      short: { name: 'fact.name.heated' },
    },
  }),
  sprinkler: criterion({
    params: { sprinkler: yes },
    kinds: 'halls',
    group: { type: 'flag', param: 'sprinkler', column: (s) => isHall(s) && s.sprinkler },
    value: {
      label: 'field.sprinkler',
      short: { name: 'fact.name.sprinkler' },
    },
  }),
};
