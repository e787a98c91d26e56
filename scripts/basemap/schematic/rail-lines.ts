import type { Waypoint } from './places-lookup';

/**
 * Main rail lines as their principal stations in order (town positions from GeoNames, so the
 * line runs through the towns, not the station buildings). Schematic: straight-ish between
 * stations; names say what a site seeker knows them by.
 */
export interface RailLine {
  name: string;
  stations: readonly Waypoint[];
}

export const RAIL_LINES: readonly RailLine[] = [
  {
    name: 'Leipzig – Halle – Magdeburg',
    stations: [
      'Leipzig',
      'Schkeuditz',
      'Halle (Saale)',
      'Köthen',
      'Schönebeck',
      'Magdeburg',
      'Wolmirstedt',
      'Stendal',
      [11.75, 52.95],
    ],
  },
  {
    name: 'Leipzig – Dresden',
    stations: ['Leipzig', 'Wurzen', 'Oschatz', 'Riesa', 'Coswig|SN', 'Radebeul', 'Dresden'],
  },
  {
    name: 'Halle – Erfurt – Eisenach',
    stations: [
      'Halle (Saale)',
      'Merseburg',
      'Großkorbetha',
      'Weißenfels',
      'Naumburg',
      'Bad Kösen',
      'Apolda',
      'Weimar',
      'Erfurt',
      'Neudietendorf',
      'Gotha',
      'Eisenach',
      [9.75, 50.87],
    ],
  },
  { name: 'Leipzig – Großkorbetha', stations: ['Leipzig', 'Markranstädt', 'Großkorbetha'] },
  {
    name: 'Erfurt – Leipzig/Halle (Schnellfahrstrecke)',
    stations: ['Erfurt', [11.35, 51.2], [11.75, 51.33], 'Merseburg'],
  },
  {
    name: 'Leipzig – Altenburg – Zwickau – Plauen – Hof',
    stations: [
      'Leipzig',
      'Borna',
      'Altenburg',
      'Crimmitschau',
      'Werdau',
      'Reichenbach/Vogtland',
      'Plauen',
      [11.92, 50.31],
    ],
  },
  {
    name: 'Dresden – Chemnitz – Zwickau',
    stations: ['Dresden', 'Freital', 'Freiberg', 'Flöha', 'Chemnitz', 'Glauchau', 'Zwickau', 'Werdau'],
  },
  { name: 'Leipzig – Chemnitz', stations: ['Leipzig', 'Bad Lausick', 'Geithain', 'Burgstädt', 'Chemnitz'] },
  {
    name: 'Dresden – Görlitz',
    stations: ['Dresden', 'Bischofswerda', 'Bautzen', 'Löbau', 'Görlitz', [15.2, 51.15]],
  },
  {
    name: 'Dresden – Děčín',
    stations: ['Dresden', 'Heidenau', 'Pirna', 'Königstein', 'Bad Schandau', [14.21, 50.78]],
  },
  {
    name: 'Leipzig – Bitterfeld – Wittenberg – Berlin',
    stations: ['Leipzig', 'Delitzsch', 'Bitterfeld-Wolfen', 'Wittenberg', [12.95, 52.05], [13.28, 52.4]],
  },
  { name: 'Halle – Bitterfeld', stations: ['Halle (Saale)', [12.13, 51.56], 'Bitterfeld-Wolfen'] },
  {
    name: 'Magdeburg – Dessau – Bitterfeld',
    stations: ['Magdeburg', 'Zerbst', 'Roßlau', 'Dessau', 'Bitterfeld-Wolfen'],
  },
  {
    name: 'Magdeburg – Berlin',
    stations: ['Magdeburg', 'Burg bei Magdeburg', 'Genthin', [12.55, 52.41], [13.1, 52.4]],
  },
  {
    name: 'Magdeburg – Halberstadt',
    stations: ['Magdeburg', 'Oschersleben', 'Halberstadt', 'Wernigerode', [10.55, 51.92]],
  },
  { name: 'Magdeburg – Braunschweig', stations: ['Magdeburg', [11.2, 52.17], [10.53, 52.26]] },
  {
    name: 'Halle – Sangerhausen – Nordhausen',
    stations: [
      'Halle (Saale)',
      'Eisleben Lutherstadt',
      'Sangerhausen',
      'Nordhausen',
      [10.33, 51.39],
      [9.93, 51.53],
    ],
  },
  { name: 'Weimar – Jena – Gera', stations: ['Weimar', 'Jena', 'Stadtroda', 'Gera', 'Ronneburg', 'Werdau'] },
  {
    name: 'Saalbahn Naumburg – Jena – Saalfeld',
    stations: ['Naumburg', 'Camburg', 'Jena', 'Kahla', 'Rudolstadt', 'Saalfeld', [11.42, 50.4]],
  },
  {
    name: 'Erfurt – Ilmenau – Coburg (Schnellfahrstrecke)',
    stations: ['Erfurt', 'Arnstadt', [10.93, 50.6], [10.96, 50.26]],
  },
  { name: 'Erfurt – Nordhausen', stations: ['Erfurt', 'Straußfurt', 'Sondershausen', 'Nordhausen'] },
  {
    name: 'Gotha – Mühlhausen – Leinefelde',
    stations: ['Gotha', 'Bad Langensalza', 'Mühlhausen', [10.33, 51.39]],
  },
  {
    name: 'Leipzig – Torgau – Cottbus',
    stations: ['Leipzig', 'Eilenburg', 'Torgau', [13.32, 51.55], [14.33, 51.76]],
  },
  {
    name: 'Dresden – Hoyerswerda – Cottbus',
    stations: ['Dresden', 'Großenhain', [13.78, 51.45], 'Hoyerswerda', [14.33, 51.76]],
  },
  { name: 'Chemnitz – Aue', stations: ['Chemnitz', 'Aue|SN', [12.72, 50.53]] },
  { name: 'Görlitz – Zittau', stations: ['Görlitz', 'Zittau'] },
];
