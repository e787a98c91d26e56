/** A mailto: link per RFC 6068: address and header values percent-encoded, CRLF line breaks. */
export function mailtoHref(address: string, headers: { subject: string; body: string }): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(address).replace('%40', '@')}?subject=${enc(headers.subject)}&body=${enc(headers.body)}`;
}
