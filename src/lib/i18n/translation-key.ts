import type { ParseKeys } from 'i18next';
import type { Catalogue } from './locales/de';

/** A key `t` accepts: a path into the German catalogue (plural forms without `_one`/`_other`). */
export type TranslationKey = ParseKeys;

type GroupPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? never : `${Prefix}${K}` | GroupPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A group of keys in the catalogue: `'kind'`, `'enum.zoning'`, `'compare.rows'`, … */
export type KeyGroup = GroupPaths<Catalogue>;

/**
 * The key of `member` in a catalogue group, for a member the compiler knows only as `string`
 * (a code from validated data). The group is checked, the member is not: this is the one
 * cast of a translation key, so prefer a narrower type where there is one.
 */
export const keyIn = (group: KeyGroup, member: string): TranslationKey =>
  `${group}.${member}` as TranslationKey;
