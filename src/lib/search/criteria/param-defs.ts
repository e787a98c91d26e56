import { list, type Decoder } from '../param-decoders';
import type { ParamDef } from './criterion-types';

/** Building blocks for the parameters of the criteria table. */

export const single = <T>(decode: Decoder<T>, extra: Omit<ParamDef<T>, 'decode'> = {}): ParamDef<T> => ({
  decode: (raw) => {
    const value = decode(raw);
    return value === undefined ? undefined : { value };
  },
  ...extra,
});

/** A comma list: known items kept (in `canonical` order when given), the others named as dropped. */
export const many = <T extends string>(
  accept: (item: string) => T | undefined,
  canonical?: readonly T[],
): ParamDef<T[]> => ({
  list: true,
  decode: (raw) => {
    const r = list(raw, accept, canonical);
    if (r.value === undefined) return undefined;
    return r.dropped.length > 0 ? { value: r.value, dropped: r.dropped } : { value: r.value };
  },
});

/** `1` = required. */
export const yes: ParamDef<true> = {
  decode: (raw) => (raw === '1' || raw === 'true' ? { value: true } : undefined),
  encode: () => '1',
};

/** A case-insensitive match against a list of options. */
export const upper =
  <T extends string>(options: readonly T[]) =>
  (s: string): T | undefined =>
    options.find((o) => o.toUpperCase() === s.toUpperCase());
