import { describe, expect, it } from 'vitest';
import type { LocationRef } from '@/contract/context-schemas';
import type { ContextItem } from './context-item';
import { NEWS_NEAR_KM, RECENCY_WEIGHT, WEIGHT } from './link-rules';
import { latestRecentNews, recencyBonus, relate, relatedItems, relatedSites } from './relate';

const TODAY = '2026-11-27';

// A plot in Leuna (Saalekreis) for hydrogen and chemicals.
const site = {
  key: 'plots/leuna-1',
  name: 'Leuna 1',
  ags: '15088205',
  park: 'Chemiestandort Leuna',
  municipality: 'Leuna',
  district: 'Saalekreis',
  lat: 51.3204,
  lon: 12.0141,
  sector_tags: ['chemicals', 'hydrogen'],
};

const item = (id: string, over: Partial<ContextItem> & { locations?: LocationRef[] } = {}): ContextItem => ({
  id,
  kind: 'news',
  date: '2020-01-01',
  endDate: null,
  title: id,
  teaser: '',
  body: '',
  topics: [],
  locations: [],
  links: [],
  source: 's',
  venue: null,
  start: null,
  end: null,
  organizer: null,
  url: null,
  regionWide: false,
  point: null,
  ...over,
});

const codes = (r: { reasons: { code: string }[] } | null) => r?.reasons.map((x) => x.code);

describe('news linking rules', () => {
  it('relates a news item that names the site park', () => {
    const r = relate(site, item('n', { locations: [{ type: 'park', park: 'Chemiestandort Leuna' }] }), TODAY);
    expect(r?.reasons).toEqual([{ code: 'park', park: 'Chemiestandort Leuna' }]);
  });

  it("carries the park's English label into the reason, where the site has one", () => {
    const described = {
      ...site,
      park: 'Industriegebiet Erfurter Kreuz',
      park_en: 'Erfurter Kreuz industrial area',
    };
    const r = relate(described, item('n', { locations: [{ type: 'park', park: described.park }] }), TODAY);
    expect(r?.reasons).toEqual([{ code: 'park', park: described.park, park_en: described.park_en }]);
  });

  it('relates through the same municipality, and through the same district', () => {
    expect(codes(relate(site, item('a', { locations: [{ type: 'ags', ags: '15088205' }] }), TODAY))).toEqual([
      'municipality',
    ]);
    // Merseburg is another municipality in the Saalekreis.
    expect(
      relate(site, item('b', { locations: [{ type: 'ags', ags: '15088220' }] }), TODAY)?.reasons,
    ).toEqual([{ code: 'district', district: 'Saalekreis' }]);
    expect(
      codes(relate(site, item('c', { locations: [{ type: 'district', district: '15088' }] }), TODAY)),
    ).toEqual(['district']);
  });

  it('relates within the near distance and not beyond it', () => {
    // Halle centre, about 18 km from the site.
    const near = relate(site, item('near', { point: { lat: 51.4828, lon: 11.9697 } }), TODAY);
    expect(near?.reasons).toEqual([{ code: 'distance', km: expect.closeTo(18.2, 0) as number }]);
    // Magdeburg, about 100 km away.
    expect(relate(site, item('far', { point: { lat: 52.1205, lon: 11.6276 } }), TODAY)).toBeNull();
    expect(NEWS_NEAR_KM).toBeLessThan(100);
  });

  it('needs a place: a shared topic alone does not relate a news item', () => {
    expect(relate(site, item('t', { topics: ['hydrogen'] }), TODAY)).toBeNull();
  });

  it('adds a reason per shared topic after the place reason', () => {
    const r = relate(
      site,
      item('t', {
        topics: ['hydrogen', 'startups', 'chemicals'],
        locations: [{ type: 'ags', ags: '15088205' }],
      }),
      TODAY,
    );
    expect(r?.reasons).toEqual([
      { code: 'municipality', municipality: 'Leuna' },
      { code: 'topic', topic: 'hydrogen' },
      { code: 'topic', topic: 'chemicals' },
    ]);
  });
});

describe('ranking', () => {
  it('orders park before municipality before district; shared topics and recency lift an item; ties by date then id', () => {
    const news = [
      item('district', { locations: [{ type: 'district', district: '15088' }], date: '2020-01-01' }),
      item('park', { locations: [{ type: 'park', park: 'Chemiestandort Leuna' }], date: '2020-01-01' }),
      item('municipality', { locations: [{ type: 'ags', ags: '15088205' }], date: '2020-01-01' }),
      item('district-topic', {
        locations: [{ type: 'district', district: '15088' }],
        topics: ['hydrogen', 'chemicals'],
        date: '2020-01-01',
      }),
      item('district-b', { locations: [{ type: 'district', district: '15088' }], date: '2020-01-01' }),
      item('district-new', { locations: [{ type: 'district', district: '15088' }], date: '2026-11-01' }),
    ];
    expect(relatedItems(site, news, TODAY).map((r) => r.item.id)).toEqual([
      'park',
      'district-topic',
      'district-new',
      'municipality',
      'district',
      'district-b',
    ]);
  });

  it('gives a full recency bonus today and half of it after the half-life', () => {
    expect(recencyBonus(TODAY, TODAY)).toBe(RECENCY_WEIGHT);
    expect(recencyBonus('2024-11-27', TODAY)).toBeCloseTo(RECENCY_WEIGHT / 2, 1);
  });
});

describe('projects and events', () => {
  const region = item('proj', {
    kind: 'project',
    title: 'Innovationsregion Mitteldeutschland',
    topics: ['hydrogen'],
    locations: [{ type: 'district', district: '15088' }],
  });

  it('relates a project through region membership, with the region and topic reasons', () => {
    const r = relate(site, region, TODAY);
    expect(r?.reasons).toEqual([
      { code: 'region', title: 'Innovationsregion Mitteldeutschland' },
      { code: 'topic', topic: 'hydrogen' },
    ]);
    expect(r?.score).toBe(WEIGHT.region + WEIGHT.topic);
  });

  it('does not relate a project whose region does not hold the site, even with a shared topic', () => {
    expect(
      relate(site, { ...region, locations: [{ type: 'district', district: '14713' }] }, TODAY),
    ).toBeNull();
  });

  it('relates a region-wide project (no locations) through topic only', () => {
    expect(codes(relate(site, { ...region, locations: [] }, TODAY))).toEqual(['topic']);
    expect(relate(site, { ...region, locations: [], topics: ['startups'] }, TODAY)).toBeNull();
  });

  it('relates an event through its place, and a fair outside the region only through topic', () => {
    const local = item('e1', {
      kind: 'event',
      point: { lat: 51.3865, lon: 11.8696 },
      locations: [{ type: 'ags', ags: '15088025' }],
    });
    expect(codes(relate(site, local, TODAY))).toEqual(['district', 'distance']);
    const fair = item('e2', { kind: 'event', topics: ['trade-fair'] });
    expect(relate(site, fair, TODAY)).toBeNull();
    expect(codes(relate(site, { ...fair, topics: ['chemicals'] }, TODAY))).toEqual(['topic']);
  });
});

describe('reverse link and recent news', () => {
  const other = {
    ...site,
    key: 'plots/halle-1',
    name: 'Halle 1',
    ags: '15002000',
    park: null,
    municipality: 'Halle (Saale)',
    district: 'Halle (Saale)',
    lat: 51.4828,
    lon: 11.9697,
  };

  it('lists the sites a news item relates to, best first', () => {
    const news = item('n', {
      locations: [
        { type: 'park', park: 'Chemiestandort Leuna' },
        { type: 'ags', ags: '15002000' },
      ],
    });
    expect(relatedSites(news, [other, site], TODAY).map((r) => r.site.name)).toEqual(['Leuna 1', 'Halle 1']);
  });

  it('finds news of the last twelve months only', () => {
    const at = (date: string) => item(date, { date, locations: [{ type: 'ags', ags: '15088205' }] });
    expect(latestRecentNews(site, [at('2025-11-27'), at('2024-05-01')], TODAY)).toBeNull();
    expect(latestRecentNews(site, [at('2025-11-28'), at('2026-03-01'), at('2024-05-01')], TODAY)?.id).toBe(
      '2026-03-01',
    );
    expect(latestRecentNews(other, [at('2026-03-01')], TODAY)).toBeNull();
  });
});
