/**
 * A phone number as the CSV writes it: the international form with the `00` prefix
 * (`+49 341 555 0100` and `0341 555 0100` both become `0049 341 555 0100`). It starts with a digit,
 * so it needs no formula guard (no visible `'`), and its spaces keep Excel and LibreOffice from
 * reading it as a number (which would drop the leading zeros). Anything else stays as it is.
 */
export function internationalPhone(phone: string): string {
  const text = phone.trim();
  // +49 (0) 341 …, +49341 …, 0049-341 …: Germany, with the national trunk `0` dropped.
  const germany = /^(?:\+|00)\s*49[\s\-/]*(?:\(0\)[\s\-/]*)?(\d.*)$/.exec(text);
  if (germany) return `0049 ${germany[1]!}`;
  // 0341 555 0100, 0341/555-0100, (0341) 555 0100: national.
  const national = /^(?:\(0([1-9][\d ]*)\)\s*|0([1-9]))(.*)$/.exec(text);
  if (national) {
    const [, inParens, first, rest] = national;
    return inParens ? `0049 ${inParens.trimEnd()} ${rest}`.trimEnd() : `0049 ${first!}${rest}`;
  }
  // Other countries: `+` becomes `00`; digits alone get a space after `00`, which keeps them text.
  if (text.startsWith('+')) {
    const rest = text.slice(1).trimStart();
    return /^\d+$/.test(rest) ? `00 ${rest}` : `00${rest}`;
  }
  return phone;
}
