import { LINKS } from './context-item';

/**
 * Times, organisers and pages of the sample events, by slug (Berlin wall-clock times; the build adds
 * the offset). Kept apart from the texts in events.ts. Future dates are illustrative like the events.
 */
export interface EventDetails {
  start: string;
  end: string | null;
  organizer: string;
  url: string;
}

const EMMD = 'Metropolregion Mitteldeutschland Management GmbH';
const MESSE = 'Messe München GmbH';
const expoReal = (year: number, from: string, to: string): EventDetails => ({
  start: `${year}-${from}T09:00`,
  end: `${year}-${to}T17:00`,
  organizer: MESSE,
  url: LINKS.expoReal.href,
});

export const EVENT_DETAILS: Readonly<Record<string, EventDetails>> = {
  '2016-mitarbeiter-fuer-verantwortung-abschluss': {
    start: '2016-04-29T14:00',
    end: '2016-04-29T17:00',
    organizer: EMMD,
    url: LINKS.emmd.href,
  },
  '2017-startup-safary-leipzig': {
    start: '2017-05-11T10:00',
    end: '2017-05-12T18:00',
    organizer: 'Startup Safary Leipzig',
    url: LINKS.soGehtSaechsisch.href,
  },
  '2019-forum-mitteldeutschland': {
    start: '2019-03-04T10:00',
    end: '2019-03-04T16:00',
    organizer: EMMD,
    url: LINKS.emmd.href,
  },
  '2019-expo-real': expoReal(2019, '10-07', '10-09'),
  '2023-hypos-jubilaeum': {
    start: '2023-10-30T11:00',
    end: '2023-10-30T16:00',
    organizer: 'HYPOS e. V.',
    url: LINKS.hypos.href,
  },
  '2024-expo-real': expoReal(2024, '10-07', '10-09'),
  '2025-expo-real': expoReal(2025, '10-06', '10-08'),
  '2026-expo-real': expoReal(2026, '10-05', '10-07'),
  '2026-fachkraefte-sprechtag-magdeburg': {
    start: '2026-12-08T10:00',
    end: '2026-12-08T15:00',
    organizer: 'Investitions- und Marketinggesellschaft Sachsen-Anhalt',
    url: LINKS.makeItInGermany.href,
  },
  '2027-wasserstoff-werkstatt-leuna': {
    start: '2027-02-17T09:30',
    end: '2027-02-17T16:00',
    organizer: 'HYPOS e. V.',
    url: LINKS.hypos.href,
  },
  '2027-forum-mitteldeutschland': {
    start: '2027-03-04T10:00',
    end: '2027-03-04T16:30',
    organizer: EMMD,
    url: LINKS.emmd.href,
  },
  '2027-startup-tag-jena': {
    start: '2027-05-20T13:00',
    end: '2027-05-20T19:00',
    organizer: 'International Startup Campus',
    url: LINKS.gruendungsradar.href,
  },
  '2027-expo-real': expoReal(2027, '10-04', '10-06'),
};

/**
 * Items about the region or a topic as a whole (`region_wide`): trade fairs elsewhere and programmes
 * for a Land or the region. The places they name are participants, not their subject.
 */
export const REGION_WIDE = new Set([
  'news-2019-expo-real',
  'news-2024-expo-real',
  'news-2025-expo-real',
  'news-2026-expo-real',
  'news-2019-kohlekommission',
  'news-2020-strukturstaerkungsgesetz',
  'event-2019-expo-real',
  'event-2024-expo-real',
  'event-2025-expo-real',
  'event-2026-expo-real',
  'event-2027-expo-real',
]);
