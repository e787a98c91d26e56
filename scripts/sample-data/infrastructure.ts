import { slugify } from './reference';

/**
 * Curated Autobahn junctions and airports in and near Sachsen, Sachsen-Anhalt and Thüringen.
 * Positions are approximate (estimated to roughly 0.5–2 km) and serve only the sample data's
 * "nearest junction / airport" distances. A motorway cross is listed once, under one of its Autobahnen.
 */
export interface Junction {
  id: string;
  name: string;
  autobahn: string;
  lat: number;
  lon: number;
}

export interface Airport {
  id: string;
  name: string;
  iata: string;
  lat: number;
  lon: number;
}

type JunctionRow = readonly [autobahn: string, name: string, lat: number, lon: number];

const JUNCTION_ROWS: readonly JunctionRow[] = [
  // A2 (Magdeburg)
  ['A2', 'Eilsleben', 52.15, 11.21],
  ['A2', 'Irxleben', 52.168, 11.48],
  ['A2', 'Magdeburg-Rothensee', 52.2, 11.66],
  ['A2', 'Burg-Zentrum', 52.255, 11.845],
  // A4 (Eisenach – Erfurt – Jena – Chemnitz – Dresden – Görlitz)
  ['A4', 'Eisenach-Ost', 50.962, 10.36],
  ['A4', 'Waltershausen', 50.925, 10.55],
  ['A4', 'Gotha', 50.93, 10.705],
  ['A4', 'Neudietendorf', 50.905, 10.9],
  ['A4', 'Erfurt-Vieselbach', 50.94, 11.13],
  ['A4', 'Weimar', 50.95, 11.28],
  ['A4', 'Jena-Göschwitz', 50.88, 11.585],
  ['A4', 'Gera', 50.865, 12.06],
  ['A4', 'Ronneburg', 50.87, 12.2],
  ['A4', 'Meerane', 50.845, 12.46],
  ['A4', 'Chemnitz-Glösa', 50.88, 12.93],
  ['A4', 'Hainichen', 50.96, 13.12],
  ['A4', 'Wilsdruff', 51.045, 13.55],
  ['A4', 'Dresden-Altstadt', 51.07, 13.665],
  ['A4', 'Dresden-Flughafen', 51.135, 13.77],
  ['A4', 'Ottendorf-Okrilla', 51.17, 13.84],
  ['A4', 'Burkau', 51.17, 14.14],
  ['A4', 'Bautzen-West', 51.175, 14.39],
  ['A4', 'Görlitz', 51.14, 14.93],
  // A9 (Dessau – Leipzig – Hermsdorf – Schleiz)
  ['A9', 'Dessau-Ost', 51.845, 12.3],
  ['A9', 'Dessau-Süd', 51.8, 12.29],
  ['A9', 'Thurland', 51.715, 12.265],
  ['A9', 'Bitterfeld/Wolfen', 51.655, 12.26],
  ['A9', 'Halle', 51.545, 12.235],
  ['A9', 'Wiedemar', 51.47, 12.21],
  ['A9', 'Schkeuditzer Kreuz', 51.41, 12.195],
  ['A9', 'Leipzig-West', 51.355, 12.205],
  ['A9', 'Bad Dürrenberg', 51.3, 12.1],
  ['A9', 'Kreuz Rippachtal', 51.24, 12.07],
  ['A9', 'Weißenfels', 51.19, 12.0],
  ['A9', 'Naumburg', 51.14, 11.93],
  ['A9', 'Eisenberg', 50.97, 11.9],
  ['A9', 'Hermsdorfer Kreuz', 50.894, 11.862],
  ['A9', 'Triptis', 50.74, 11.85],
  ['A9', 'Schleiz', 50.58, 11.8],
  // A13 (Dresden – Berlin)
  ['A13', 'Dreieck Dresden-Nord', 51.115, 13.705],
  ['A13', 'Radeburg', 51.21, 13.715],
  ['A13', 'Thiendorf', 51.29, 13.735],
  ['A13', 'Ortrand', 51.37, 13.77],
  ['A13', 'Ruhland', 51.455, 13.86],
  // A14 (Magdeburg – Halle – Leipzig – Dresden)
  ['A14', 'Colbitz', 52.32, 11.6],
  ['A14', 'Kreuz Magdeburg', 52.205, 11.555],
  ['A14', 'Magdeburg-Sudenburg', 52.11, 11.59],
  ['A14', 'Magdeburg-Reform', 52.085, 11.605],
  ['A14', 'Schönebeck', 52.0, 11.7],
  ['A14', 'Staßfurt', 51.89, 11.665],
  ['A14', 'Bernburg', 51.805, 11.735],
  ['A14', 'Könnern', 51.665, 11.795],
  ['A14', 'Löbejün', 51.615, 11.86],
  ['A14', 'Halle-Trotha', 51.54, 11.93],
  ['A14', 'Halle-Tornau', 51.53, 12.0],
  ['A14', 'Halle-Peißen', 51.515, 12.06],
  ['A14', 'Schkeuditz', 51.408, 12.245],
  ['A14', 'Leipzig-Nord', 51.405, 12.36],
  ['A14', 'Leipzig-Nordost', 51.39, 12.47],
  ['A14', 'Grimma', 51.24, 12.7],
  ['A14', 'Leisnig', 51.17, 12.93],
  ['A14', 'Döbeln-Nord', 51.14, 13.08],
  ['A14', 'Dreieck Nossen', 51.06, 13.31],
  // A17 (Dresden – Prag)
  ['A17', 'Dresden-Gorbitz', 51.035, 13.65],
  ['A17', 'Dresden-Prohlis', 51.0, 13.79],
  ['A17', 'Pirna', 50.94, 13.9],
  ['A17', 'Bahretal', 50.87, 13.87],
  // A15 (Cottbus, Brandenburg – nearest to the Lausitz sites)
  ['A15', 'Cottbus-Süd', 51.72, 14.35],
  // A36 (Harz – Bernburg, former B6n)
  ['A36', 'Wernigerode-Nord', 51.855, 10.79],
  ['A36', 'Halberstadt', 51.875, 11.02],
  ['A36', 'Quedlinburg-Zentrum', 51.795, 11.15],
  ['A36', 'Aschersleben-West', 51.765, 11.43],
  ['A36', 'Dreieck Bernburg', 51.79, 11.7],
  // A38 (Leipzig – Halle – Nordhausen – Göttingen)
  ['A38', 'Dreieck Parthenaue', 51.3, 12.55],
  ['A38', 'Leipzig-Süd', 51.255, 12.385],
  ['A38', 'Markranstädt', 51.285, 12.22],
  ['A38', 'Leuna', 51.285, 12.04],
  ['A38', 'Merseburg-Süd', 51.325, 11.975],
  ['A38', 'Querfurt', 51.385, 11.6],
  ['A38', 'Dreieck Südharz', 51.43, 11.33],
  ['A38', 'Sangerhausen-West', 51.46, 11.25],
  ['A38', 'Nordhausen', 51.47, 10.81],
  ['A38', 'Leinefelde-Worbis', 51.39, 10.33],
  // A71 (Sangerhausen – Erfurt – Suhl)
  ['A71', 'Artern', 51.345, 11.275],
  ['A71', 'Heldrungen', 51.3, 11.21],
  ['A71', 'Kölleda', 51.19, 11.2],
  ['A71', 'Sömmerda-Süd', 51.13, 11.1],
  ['A71', 'Erfurt-Gispersleben', 51.02, 10.98],
  ['A71', 'Erfurt-West', 50.96, 10.95],
  ['A71', 'Erfurter Kreuz', 50.905, 10.955],
  ['A71', 'Arnstadt-Süd', 50.815, 10.94],
  ['A71', 'Ilmenau-West', 50.69, 10.87],
  ['A71', 'Dreieck Suhl', 50.6, 10.7],
  // A72 (Leipzig – Chemnitz – Plauen)
  ['A72', 'Borna-Nord', 51.14, 12.49],
  ['A72', 'Frohburg', 51.06, 12.56],
  ['A72', 'Kreuz Chemnitz', 50.865, 12.855],
  ['A72', 'Stollberg-Nord', 50.72, 12.79],
  ['A72', 'Zwickau-Ost', 50.7, 12.55],
  ['A72', 'Reichenbach', 50.62, 12.31],
  ['A72', 'Plauen-Ost', 50.51, 12.17],
  // A73 (Suhl – Coburg)
  ['A73', 'Eisfeld-Nord', 50.44, 10.91],
  // A143 (Westumfahrung Halle)
  ['A143', 'Dreieck Halle-Süd', 51.4, 11.87],
  ['A143', 'Halle-Neustadt', 51.47, 11.88],
  ['A143', 'Salzmünde', 51.53, 11.84],
];

export const JUNCTIONS: readonly Junction[] = JUNCTION_ROWS.map(([autobahn, name, lat, lon]) => ({
  id: slugify(`${autobahn} ${name}`),
  name,
  autobahn,
  lat,
  lon,
}));

export const AIRPORTS: readonly Airport[] = [
  { id: 'lej', name: 'Leipzig/Halle', iata: 'LEJ', lat: 51.4239, lon: 12.2364 },
  { id: 'drs', name: 'Dresden', iata: 'DRS', lat: 51.1328, lon: 13.7672 },
  { id: 'erf', name: 'Erfurt-Weimar', iata: 'ERF', lat: 50.9798, lon: 10.9581 },
  { id: 'aoc', name: 'Altenburg-Nobitz', iata: 'AOC', lat: 50.9819, lon: 12.5064 },
  { id: 'cso', name: 'Magdeburg-Cochstedt', iata: 'CSO', lat: 51.8564, lon: 11.4181 },
];
