// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HALL_CATALOG } from './halls-catalog';
import { REFERENCE_HALLS } from './halls-reference';
import {
  englishContactOrg,
  englishContactRole,
  englishParkName,
  englishSiteName,
  englishSource,
} from './site-texts-en';

describe('englishSiteName', () => {
  it.each([
    ['Güterverkehrszentrum (GVZ) Leipzig – Baufeld 1', 'Güterverkehrszentrum (GVZ) Leipzig – Plot 1'],
    ['Logistikzentrum home24', 'Logistics centre home24'],
    ['Amazon-Logistikhalle am Flughafen Leipzig/Halle', 'Amazon logistics hall at Leipzig/Halle Airport'],
    ['Rhenus-Halle Halle-Ammendorf', 'Rhenus hall Halle-Ammendorf'],
    ['BMW-Logistikhalle (Eigennutzung)', 'BMW logistics hall (owner-occupied)'],
    ['Logistikpark „The Space“ (BentallGreenOak)', 'Logistics park “The Space” (BentallGreenOak)'],
    ['Logistikhalle östlich DHL-Hub (Beispiel)', 'Logistics hall east of DHL-Hub (sample)'],
    ['Star Park Halle', 'Star Park Halle'],
    ['Eulenberg (ehemalige Intel-Fläche) – Baufeld 1', 'Eulenberg (former Intel site) – Plot 1'],
  ])('"%s" → "%s"', (german, english) => {
    expect(englishSiteName(german)).toBe(english);
  });

  it('translates the head word of every sample hall name', () => {
    const names = [...REFERENCE_HALLS.map((h) => h.name), ...HALL_CATALOG.map(([, name]) => name)];
    const untranslated = names.filter((n) => englishSiteName(n) === n);
    expect(untranslated).toEqual([]);
  });
});

const builtSites = () =>
  ['plots', 'halls'].flatMap(
    (name) =>
      (
        JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8')) as {
          features: { properties: { contact_org: string | null; contact_role: string | null } }[];
        }
      ).features,
  );

describe('englishParkName', () => {
  it.each([
    ['Gewerbefläche am Flughafen Dresden', 'Commercial land at Dresden Airport'],
    ['Industriegebiet Eisfeld (Erweiterung)', 'Eisfeld industrial area (extension)'],
    ['Eulenberg (ehemalige Intel-Fläche)', 'Eulenberg (former Intel site)'],
    ['Star Park Halle', null],
    ['Chemiepark Bitterfeld-Wolfen', null],
  ])('"%s" → %s', (german, english) => {
    expect(englishParkName(german)).toBe(english);
  });

  it('names every plot of a described park after its English label', () => {
    expect(englishSiteName('Gewerbefläche am Flughafen Dresden – Baufeld 2')).toBe(
      'Commercial land at Dresden Airport – Plot 2',
    );
  });

  it('leaves no German generic word in an English park label of the sample data', () => {
    const parks = builtSites().map((f) => (f.properties as { park_en?: string | null }).park_en ?? '');
    const german = /Fläche|fläche|Gebiet|gebiet|ehemalige|Erweiterung|östlich|luftseitig|Standort|standort/;
    expect(parks.filter((p) => german.test(p))).toEqual([]);
  });
});

describe('englishContactOrg and englishContactRole', () => {
  it.each([
    ['Wirtschaftsförderung Stadt Leipzig (Beispiel)', 'Leipzig economic development agency (sample)'],
    [
      'Wirtschaftsförderung Landkreis Nordsachsen (Beispiel)',
      'Nordsachsen district economic development agency (sample)',
    ],
    ['Wirtschaftsförderung Saalekreis (Beispiel)', 'Saalekreis economic development agency (sample)'],
    [
      'Standortmanagement Technologiepark Ostfalen (Beispiel)',
      'Site management Technologiepark Ostfalen (sample)',
    ],
  ])('"%s" → "%s"', (german, english) => {
    expect(englishContactOrg(german)).toBe(english);
  });

  it('has an English name for every sample organisation', () => {
    const orgs = new Set(builtSites().map((f) => f.properties.contact_org ?? ''));
    expect([...orgs].filter((org) => englishContactOrg(org) === null)).toEqual([]);
  });

  it('gives null for an organisation no rule knows', () => {
    expect(englishContactOrg('Stadtwerke Irgendwo')).toBeNull();
  });

  it('translates the roles', () => {
    expect(englishContactRole('Investorenservice')).toBe('Investor services');
    expect(englishContactRole('Hausmeister')).toBeNull();
    const roles = new Set(builtSites().map((f) => f.properties.contact_role ?? ''));
    expect([...roles].filter((role) => englishContactRole(role) === null)).toEqual([]);
  });
});

describe('englishSource', () => {
  it.each([
    ['mz.de 3927288 (Beispieldaten)', 'mz.de 3927288 (sample data)'],
    ['Beispieldaten (illustratives Hallenobjekt)', 'Sample data (illustrative hall)'],
    [
      'investieren-in-sachsen-anhalt presse (Beispieldaten)',
      'investieren-in-sachsen-anhalt press (sample data)',
    ],
    ['Freie Presse, artikel9891024', 'Freie Presse, artikel9891024'],
    [
      'Metropolregion Mitteldeutschland, Meldung vom 06.05.2016',
      'Metropolregion Mitteldeutschland, news item of 06.05.2016',
    ],
    [
      'Beispieltermin (illustrativ), nach dem jährlichen Gemeinschaftsstand',
      'Sample event (illustrative), after the yearly joint stand',
    ],
  ])('"%s" → "%s"', (german, english) => {
    expect(englishSource(german)).toBe(english);
  });
});
