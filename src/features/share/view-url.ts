/**
 * The link to the current view: the address as it is (filters, sort, view, viewport, selection
 * all live in the URL) minus `lang`, so the recipient reads it in their own language.
 */
export function shareableViewUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('lang');
  // URLSearchParams re-encodes the commas of lists as %2C; keep them literal, as the app writes them.
  const search = url.searchParams.toString().replace(/%2C/gi, ',');
  return `${url.origin}${url.pathname}${search ? `?${search}` : ''}${url.hash}`;
}
