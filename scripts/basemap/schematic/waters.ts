import type { Waypoint } from './places-lookup';

/**
 * Major rivers as the towns they pass, from source side to mouth, and the larger lakes as
 * ellipses around their centre. Schematic: a river runs through its towns' centres, a lake has
 * about its real size and orientation, not its shore.
 */
export interface River {
  name: string;
  /** 1 for the Elbe and Saale, 2 for the other rivers (line width). */
  rank: 1 | 2;
  course: readonly Waypoint[];
}

export interface Lake {
  name: string;
  center: [number, number];
  /** Half-axes in km along the rotated x and y directions. */
  radiiKm: [number, number];
  /** Rotation of the long axis, degrees counter-clockwise from east. */
  angle: number;
}

export const RIVERS: readonly River[] = [
  {
    name: 'Elbe',
    rank: 1,
    course: [
      [14.22, 50.78],
      [14.08, 50.9],
      'Bad Schandau',
      'Königstein',
      'Pirna',
      'Heidenau',
      'Dresden',
      'Radebeul',
      'Coswig|SN',
      [13.47, 51.16],
      'Riesa',
      'Strehla',
      'Torgau',
      [13.0, 51.7],
      'Wittenberg',
      'Coswig|ST',
      'Roßlau',
      'Aken',
      'Barby',
      'Schönebeck',
      'Magdeburg',
      [11.69, 52.3],
      'Tangermünde',
      'Arneburg',
      [11.75, 53.0],
    ],
  },
  {
    name: 'Saale',
    rank: 1,
    course: [
      [11.92, 50.32],
      [11.72, 50.47],
      [11.55, 50.6],
      'Saalfeld',
      'Rudolstadt',
      'Kahla',
      'Jena',
      'Camburg',
      'Bad Kösen',
      'Naumburg',
      'Weißenfels',
      'Merseburg',
      'Halle (Saale)',
      'Wettin',
      'Alsleben',
      'Bernburg',
      'Nienburg/Saale',
      'Calbe',
      'Barby',
    ],
  },
  {
    name: 'Mulde',
    rank: 2,
    course: [
      [12.58, 50.43],
      'Aue|SN',
      'Zwickau',
      'Glauchau',
      'Penig',
      'Rochlitz',
      'Colditz',
      [12.8, 51.16],
      'Grimma',
      'Wurzen',
      'Eilenburg',
      'Bad Düben',
      [12.36, 51.66],
      'Raguhn',
      'Dessau',
      [12.21, 51.87],
    ],
  },
  {
    name: 'Freiberger Mulde',
    rank: 2,
    course: [[13.45, 50.75], 'Freiberg', 'Nossen', 'Döbeln', 'Leisnig', [12.8, 51.16]],
  },
  {
    name: 'Weiße Elster',
    rank: 2,
    course: [
      [12.2, 50.25],
      'Oelsnitz|SN',
      'Plauen',
      'Elsterberg',
      'Greiz',
      'Berga|TH',
      'Gera',
      'Zeitz',
      'Pegau',
      [12.3, 51.27],
      'Leipzig',
      'Schkeuditz',
      [11.96, 51.44],
    ],
  },
  {
    name: 'Unstrut',
    rank: 2,
    course: [
      [10.25, 51.33],
      'Mühlhausen',
      'Bad Langensalza',
      [10.95, 51.2],
      'Sömmerda',
      [11.15, 51.29],
      'Artern',
      'Roßleben',
      'Nebra',
      'Freyburg',
      [11.79, 51.19],
    ],
  },
  {
    name: 'Bode',
    rank: 2,
    course: [[10.6, 51.72], 'Thale', 'Quedlinburg', [11.3, 51.9], 'Staßfurt', 'Nienburg/Saale'],
  },
  {
    name: 'Neiße',
    rank: 2,
    course: [[14.95, 50.72], 'Zittau', [14.95, 50.98], 'Görlitz', [14.98, 51.32], [14.72, 51.6]],
  },
  {
    name: 'Spree',
    rank: 2,
    course: [[14.55, 50.97], 'Bautzen', [14.45, 51.35], [14.37, 51.57], [14.33, 51.76]],
  },
  {
    name: 'Schwarze Elster',
    rank: 2,
    course: [[14.15, 51.28], 'Hoyerswerda', [13.86, 51.45], [13.52, 51.49], [13.2, 51.68], [12.85, 51.81]],
  },
  {
    name: 'Ilm',
    rank: 2,
    course: ['Ilmenau', [11.1, 50.8], 'Weimar', 'Apolda', [11.7, 51.14]],
  },
];

export const LAKES: readonly Lake[] = [
  { name: 'Goitzsche', center: [12.37, 51.62], radiiKm: [3.4, 2.2], angle: 60 },
  { name: 'Muldestausee', center: [12.38, 51.67], radiiKm: [2.4, 1.5], angle: 20 },
  { name: 'Geiseltalsee', center: [11.88, 51.32], radiiKm: [3.8, 1.6], angle: 10 },
  { name: 'Cospudener See', center: [12.34, 51.27], radiiKm: [1.2, 2.4], angle: 0 },
  { name: 'Zwenkauer See', center: [12.3, 51.22], radiiKm: [2.5, 1.8], angle: 10 },
  { name: 'Markkleeberger See', center: [12.42, 51.265], radiiKm: [1.0, 2.0], angle: 0 },
  { name: 'Bärwalder See', center: [14.53, 51.38], radiiKm: [2.6, 2.1], angle: 0 },
  { name: 'Berzdorfer See', center: [14.96, 51.08], radiiKm: [1.3, 2.7], angle: 0 },
  { name: 'Senftenberger See', center: [14.02, 51.495], radiiKm: [3.2, 1.5], angle: 0 },
  { name: 'Süßer See', center: [11.66, 51.49], radiiKm: [2.3, 0.7], angle: 0 },
  { name: 'Concordia See', center: [11.46, 51.81], radiiKm: [2.2, 1.1], angle: -20 },
  { name: 'Arendsee', center: [11.48, 52.885], radiiKm: [2.1, 1.6], angle: 20 },
  { name: 'Bleilochtalsperre', center: [11.7, 50.5], radiiKm: [5.0, 0.5], angle: 60 },
  { name: 'Hohenwartetalsperre', center: [11.48, 50.6], radiiKm: [4.0, 0.5], angle: -40 },
  { name: 'Talsperre Pöhl', center: [12.19, 50.56], radiiKm: [2.2, 0.5], angle: 45 },
];
