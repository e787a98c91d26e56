import type { EnglishTexts } from './types';

/** English texts of the events in ../events*.ts, written for this project (not machine translations). */
export const EVENTS_EN: EnglishTexts = {
  '2016-mitarbeiter-fuer-verantwortung-abschluss': {
    title: 'Final presentation of “Mitarbeiter für Verantwortung” (Employees for Responsibility)',
    teaser: 'Twenty executives present their ideas on immigration.',
    body: 'At the end of the second round, the participants present the projects “Expedition Job” as well as “Aktionstag” (action day) and “Basisworkshop Integration” (basic integration workshop).',
  },
  '2017-startup-safary-leipzig': {
    title: 'Startup Safary Leipzig',
    teaser: 'A two-day rally to founding teams and investors.',
    body: 'Starting from the base camp, visitors meet young companies at several stops around the city.',
    venue: 'Leipzig, Basislager (base camp)',
  },
  '2019-forum-mitteldeutschland': {
    title: 'FORUM Mitteldeutschland 2019',
    teaser: 'Regional forum on structural change and regional development in the Central German mining area.',
    body: 'The metropolitan region’s forum brings together business, municipalities and science; documentation will be published afterwards.',
  },
  '2019-expo-real': {
    title: 'EXPO REAL 2019 – Central Germany joint stand',
    teaser: '39 exhibitors on around 230 m².',
    body: 'Municipalities, economic development agencies and developers from the region present themselves together at the property fair.',
  },
  '2023-hypos-jubilaeum': {
    title: '10 years of HYPOS',
    teaser: 'The hydrogen network celebrates its anniversary at the future cavern storage site.',
    body: 'Members and partners look back on ten years of research and projects for green hydrogen in Central Germany.',
  },
  '2024-expo-real': {
    title: 'EXPO REAL 2024 – joint stand',
    teaser: 'IMG Sachsen-Anhalt and the metropolitan region with 25 exhibitors.',
    body: 'The joint stand shows commercial and industrial sites from three states.',
  },
  '2025-expo-real': {
    title: 'EXPO REAL 2025 – joint stand',
    teaser:
      '27 exhibitors, including LEJ Airport Industrial Park, Halle, Magdeburg, Jena, Dessau-Roßlau and Gera.',
    body: 'Cities and site developers jointly court investors for their sites.',
  },
  '2026-expo-real': {
    title: 'EXPO REAL 2026 – joint stand',
    teaser: 'The region’s annual appearance at the property fair in Munich.',
    body: 'Exhibitors from Saxony, Saxony-Anhalt and Thuringia show available industrial and commercial sites.',
  },
  '2026-fachkraefte-sprechtag-magdeburg': {
    title: 'Advice day on international skilled workers',
    teaser: 'Advice for businesses on the Opportunity Card, the Blue Card and recognition of qualifications.',
    body: 'Welcome centres and chambers answer questions from companies that want to hire staff from abroad.',
  },
  '2027-wasserstoff-werkstatt-leuna': {
    title: 'Hydrogen workshop at the Leuna chemical site',
    teaser: 'A practical day on connecting to the hydrogen network, electrolysis and funding.',
    body: 'Network operators, researchers and companies show how businesses in the chemical triangle can source or produce hydrogen.',
  },
  '2027-forum-mitteldeutschland': {
    title: 'FORUM Mitteldeutschland 2027',
    teaser: 'Regional forum on sites, skilled workers and structural change.',
    body: 'The forum takes stock of the first years of structural strengthening and asks which sites the region needs for the next large investments.',
  },
  '2027-startup-tag-jena': {
    title: 'Start-up day of the International Startup Campus',
    teaser: 'Spin-offs from Halle, Jena and Leipzig present themselves to investors.',
    body: 'Teams from the three universities present their projects; economic development agencies present sites and premises for young companies.',
  },
  '2027-expo-real': {
    title: 'EXPO REAL 2027 – joint stand',
    teaser: 'The region’s next joint appearance at the fair.',
    body: 'The states’ economic development agencies accept registrations from co-exhibitors.',
  },
};
