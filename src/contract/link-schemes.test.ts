import { describe, expect, it } from 'vitest';
import { eventPropertiesSchema, newsPropertiesSchema } from './context-schemas';
import { isAllowedLink } from './field-types';

const news = {
  kind: 'news',
  date: '2026-01-02',
  title: 'Spatenstich',
  teaser: 'Der Bau beginnt.',
  body: 'Heute beginnt der Bau.',
  source: 'Test',
};
const event = { ...news, kind: 'event', start: null, end: null, venue: null, organizer: null };
describe('link schemes', () => {
  it('allows http, https and mailto only, and nothing with a control character', () => {
    for (const ok of ['https://example.org/a', 'http://example.org', 'mailto:info@example.org'])
      expect(isAllowedLink(ok)).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://example.org',
      '/relative/path',
      'not a url',
      'https://example.org/\nx',
    ])
      expect(isAllowedLink(bad)).toBe(false);
  });

  it('keeps a record with a bad link, without the link, and names what was dropped', () => {
    const parsed = newsPropertiesSchema.parse({
      ...news,
      links: [
        { href: 'javascript:alert(1)', title: 'Böse' },
        { href: 'https://example.org/a', title: 'Gut' },
        { href: 'data:text/html,x', title: null },
      ],
    });
    expect(parsed.links).toEqual([{ href: 'https://example.org/a', title: 'Gut' }]);
    expect(parsed.dropped_links).toEqual([
      'links.0.href: scheme javascript: not allowed (http, https, mailto)',
      'links.2.href: scheme data: not allowed (http, https, mailto)',
    ]);
  });

  it('keeps an event with a bad url, without it', () => {
    const parsed = eventPropertiesSchema.parse({ ...event, url: 'javascript:alert(1)' });
    expect(parsed.url).toBeNull();
    expect(parsed.dropped_links).toEqual(['url: scheme javascript: not allowed (http, https, mailto)']);
    expect(eventPropertiesSchema.parse({ ...event, url: 'https://example.org/' })).toMatchObject({
      url: 'https://example.org/',
      dropped_links: [],
    });
  });
});
