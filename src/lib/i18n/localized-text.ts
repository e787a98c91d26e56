import type { Language } from './i18n';

/** A human text in the reader's language, or the German one with `fallback` set when no English exists. */
export interface LocalizedText {
  text: string;
  lang: Language;
  /** True when the reader asked for English but only the German text exists. */
  fallback: boolean;
}

/** A record with a German text `field` and, optionally, its English version `${field}_en`. */
export type WithEnglish<F extends string, V> = { readonly [K in F]: V } & {
  readonly [K in `${F}_en`]?: string | null | undefined;
};

/**
 * The text of `record[field]` for `language`: `field_en` in English when present, else the German
 * text, marked as a fallback. German readers always get the German text, unmarked.
 */
export function localizedText<F extends string>(
  record: WithEnglish<F, string>,
  field: F,
  language: string,
): LocalizedText;
export function localizedText<F extends string>(
  record: WithEnglish<F, string | null>,
  field: F,
  language: string,
): LocalizedText | null;
export function localizedText<F extends string>(
  record: WithEnglish<F, string | null>,
  field: F,
  language: string,
): LocalizedText | null {
  const german = record[field];
  if (german === null) return null;
  if (language !== 'en') return { text: german, lang: 'de', fallback: false };
  const english = (record as Record<string, unknown>)[`${field}_en`];
  return typeof english === 'string' && english.trim() !== ''
    ? { text: english, lang: 'en', fallback: false }
    : { text: german, lang: 'de', fallback: true };
}

/** `localizedText` with the language already chosen (see `useLocalizedText`). */
export interface Localize {
  <F extends string>(record: WithEnglish<F, string>, field: F): LocalizedText;
  <F extends string>(record: WithEnglish<F, string | null>, field: F): LocalizedText | null;
}
