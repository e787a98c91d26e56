/**
 * Folds text for forgiving search: case, diacritics, ß and the umlaut spellings ae/oe/ue
 * ("Weissenfels" finds "Weißenfels", "Koethen" finds "Köthen"). Both sides are folded alike.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most names are plain ASCII: skip the Unicode decomposition for them.
  const base = /[\u0080-\uffff]/.test(lower)
    ? lower
        .replace(/ß/g, 'ss')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
    : lower;
  return base
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a query; every one must occur in the site's text. */
export const queryTokens = (query: string): string[] => foldText(query).split(' ').filter(Boolean);

/** A 5-digit number alone looks like a postcode, which the offline data cannot place. */
export const looksLikePostcode = (query: string): boolean => /^\s*\d{5}\s*$/.test(query);
