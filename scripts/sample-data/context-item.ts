import type { LocationRefInput as LocationRef } from '../../src/contract/context-schemas';

/** A news item or project as written in the content modules; turned into a feature by context-features.ts. */
export interface ContextItem {
  /** Without the news-/proj- prefix. */
  slug: string;
  date: string;
  /** Projects and events only. */
  endDate?: string | null;
  /** Events only: where it takes place. */
  venue?: string | null;
  title: string;
  teaser: string;
  body: string;
  topics: readonly string[];
  locations: readonly LocationRef[];
  links: readonly { href: string; title: string | null }[];
  source: string;
  /** A representative location [lat, lon], or null (e.g. events outside the region). */
  point: readonly [number, number] | null;
}

export const ags = (code: string): LocationRef => ({ type: 'ags', ags: code });
export const district = (key: string): LocationRef => ({ type: 'district', district: key });
export const park = (name: string): LocationRef => ({ type: 'park', park: name });
export const point = (
  lat: number,
  lon: number,
  label: string | null = null,
  radiusKm: number | null = null,
): LocationRef => ({
  type: 'point',
  lat,
  lon,
  label,
  ...(radiusKm === null ? {} : { radius_km: radiusKm }),
});

/** Home pages of the sources named in the reference data (deep links are not guessed). */
export const LINKS = {
  emmd: { href: 'https://www.mitteldeutschland.com/', title: 'Europäische Metropolregion Mitteldeutschland' },
  innovationsregion: {
    href: 'https://www.innovationsregion-mitteldeutschland.com/innovationsregion/',
    title: 'Innovationsregion Mitteldeutschland',
  },
  hypos: { href: 'https://www.hypos-eastgermany.de/', title: 'HYPOS e. V.' },
  investST: {
    href: 'https://www.investieren-in-sachsen-anhalt.de/',
    title: 'Investitions- und Marketinggesellschaft Sachsen-Anhalt',
  },
  highTechPark: {
    href: 'https://www.investieren-in-sachsen-anhalt.de/high-tech-park',
    title: 'High-Tech Park Sachsen-Anhalt',
  },
  mwl: { href: 'https://mwl.sachsen-anhalt.de/', title: 'Wirtschaftsministerium Sachsen-Anhalt' },
  gruendungsradar: { href: 'https://gruendungsradar.de/node/70', title: 'Gründungsradar' },
  soGehtSaechsisch: { href: 'https://www.so-geht-saechsisch.de/', title: 'So geht sächsisch' },
  freiePresse: { href: 'https://www.freiepresse.de/', title: 'Freie Presse' },
  mz: { href: 'https://www.mz.de/', title: 'Mitteldeutsche Zeitung' },
  mdr: { href: 'https://www.mdr.de/', title: 'MDR' },
  lvz: { href: 'https://www.lvz.de/', title: 'Leipziger Volkszeitung' },
  tag24: { href: 'https://www.tag24.de/', title: 'TAG24' },
  volksstimme: { href: 'https://www.volksstimme.de/', title: 'Volksstimme' },
  merkur: { href: 'https://www.merkur.de/', title: 'Merkur' },
  gasworld: { href: 'https://www.gasworld.com/', title: 'gasworld' },
  propertyMagazine: { href: 'https://www.property-magazine.de/', title: 'Property Magazine' },
  bmwk: { href: 'https://www.bundeswirtschaftsministerium.de/', title: 'Bundesministerium für Wirtschaft' },
  makeItInGermany: { href: 'https://www.make-it-in-germany.com/', title: 'Make it in Germany' },
  bundesnetzagentur: { href: 'https://www.bundesnetzagentur.de/', title: 'Bundesnetzagentur' },
  deutscheBahn: { href: 'https://www.deutschebahn.com/', title: 'Deutsche Bahn' },
  smwa: { href: 'https://www.smwa.sachsen.de/', title: 'Sächsisches Wirtschaftsministerium' },
  expoReal: { href: 'https://exporeal.net/', title: 'EXPO REAL' },
  investThuringia: {
    href: 'https://www.invest-in-thuringia.de/',
    title: 'LEG Thüringen – Invest in Thuringia',
  },
} as const;
