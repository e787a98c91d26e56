import type { HallType } from './halls-reference';

/**
 * Illustrative hall objects located in the reference parks and municipalities. Each row:
 * type, name (without the "(Beispiel)" suffix), park display name or null, municipality, and for
 * halls outside a park an approximate [lat, lon] to place them near.
 */
export type CatalogHall = readonly [
  type: HallType,
  name: string,
  park: string | null,
  municipality: string,
  near?: readonly [number, number],
];

const GVZ = 'Güterverkehrszentrum (GVZ) Leipzig';

export const HALL_CATALOG: readonly CatalogHall[] = [
  // Sachsen
  ['logistics', 'Logistikhalle Schkeuditz Nord', null, 'Schkeuditz', [51.412, 12.205]],
  ['logistics', 'Logistikhalle Schkeuditz West', 'Gewerbeflächen Bahnhof Schkeuditz-West', 'Schkeuditz'],
  ['multi', 'Gewerbehalle GVZ Leipzig Süd', GVZ, 'Leipzig'],
  ['logistics', 'Logistikhalle GVZ Leipzig Nord', GVZ, 'Leipzig'],
  ['logistics', 'Logistikhalle Leipzig-Nord', null, 'Leipzig', [51.398, 12.365]],
  ['production', 'Produktionshalle Leipzig-Nordost', null, 'Leipzig', [51.385, 12.455]],
  ['multi', 'Mehrzweckhalle Leipzig-Plagwitz', null, 'Leipzig', [51.325, 12.33]],
  ['tech', 'Luftfrachthalle LEJ Nord', 'LEJ Nordbereich (luftseitig)', 'Schkeuditz'],
  ['tech', 'Technikhalle LEJ Airport Campus', 'LEJ Airport Campus', 'Schkeuditz'],
  ['logistics', 'Logistikhalle östlich DHL-Hub', 'Gewerbegebiet östlich DHL-Hub', 'Schkeuditz'],
  ['production', 'Produktionshalle Dresden-Klotzsche', 'Gewerbefläche am Flughafen Dresden', 'Dresden'],
  ['tech', 'Technologiehalle Dresden-Nord', 'Gewerbefläche am Flughafen Dresden', 'Dresden'],
  ['storage', 'Lagerhalle Dresden-Friedrichstadt', null, 'Dresden', [51.06, 13.705]],
  ['production', 'Produktionshalle Schwarze Pumpe', 'Industriepark Schwarze Pumpe', 'Spreetal'],
  ['storage', 'Lagerhalle Schwarze Pumpe Süd', 'Industriepark Schwarze Pumpe', 'Spreetal'],
  ['multi', 'Gewerbehalle Bernsdorf', null, 'Bernsdorf', [51.37, 14.06]],
  // Sachsen-Anhalt
  ['logistics', 'Logistikhalle Airportpark Leipzig-Halle', 'Airportpark Leipzig-Halle', 'Kabelsketal'],
  ['logistics', 'Logistikhalle Exeter Logistikpark', 'Exeter Logistikpark Kabelsketal', 'Kabelsketal'],
  ['multi', 'Gewerbehalle Kabelsketal-Gröbers', null, 'Kabelsketal', [51.435, 12.1]],
  ['production', 'Produktionshalle Chemiepark Areal A', 'Chemiepark Bitterfeld-Wolfen', 'Bitterfeld-Wolfen'],
  ['storage', 'Lagerhalle Chemiepark Areal C', 'Chemiepark Bitterfeld-Wolfen', 'Bitterfeld-Wolfen'],
  ['tech', 'Technikumshalle Leuna', 'Chemiestandort Leuna', 'Leuna'],
  ['storage', 'Lagerhalle ValuePark Schkopau', 'ValuePark Schkopau', 'Schkopau'],
  ['production', 'Produktionshalle Industriepark Zeitz', 'Chemie- und Industriepark Zeitz', 'Elsteraue'],
  ['logistics', 'Logistikhalle Panattoni Park Könnern', 'Panattoni Park Könnern', 'Könnern'],
  ['tech', 'Technologiehalle Weinberg Campus', 'Technologiepark Weinberg Campus', 'Halle (Saale)'],
  ['multi', 'Gewerbehalle Halle-Ost', null, 'Halle (Saale)', [51.49, 12.03]],
  ['tech', 'Technologiehalle Ostfalen', 'Technologiepark Ostfalen', 'Barleben'],
  ['multi', 'Gewerbehalle Barleben', 'Technologiepark Ostfalen', 'Barleben'],
  ['tech', 'Technologiehalle High-Tech Park', 'High-Tech Park Sachsen-Anhalt', 'Magdeburg'],
  ['logistics', 'Logistikhalle Magdeburg-Rothensee', null, 'Magdeburg', [52.185, 11.665]],
  ['production', 'Produktionshalle Biopharmapark', 'Biopharmapark Dessau-Roßlau', 'Dessau-Roßlau'],
  ['storage', 'Lagerhalle Piesteritz', 'Agro-Chemie Park Piesteritz', 'Lutherstadt Wittenberg'],
  [
    'logistics',
    'Logistikhalle Sandersdorf-Brehna',
    'Industriegebiet Sandersdorf-Brehna',
    'Sandersdorf-Brehna',
  ],
  ['multi', 'Gewerbehalle Köthen', null, 'Köthen (Anhalt)', [51.76, 11.99]],
  ['storage', 'Lagerhalle Staßfurt', null, 'Staßfurt', [51.86, 11.6]],
  ['logistics', 'Logistikhalle Stendal', null, 'Stendal', [52.595, 11.875]],
  ['production', 'Produktionshalle Sangerhausen', null, 'Sangerhausen', [51.465, 11.315]],
  ['multi', 'Gewerbehalle Quedlinburg', null, 'Quedlinburg', [51.8, 11.17]],
  // Thüringen
  ['logistics', 'Logistikhalle Erfurter Kreuz Nord', 'Industriegebiet Erfurter Kreuz', 'Amt Wachsenburg'],
  ['production', 'Produktionshalle Erfurter Kreuz Süd', 'Industriegebiet Erfurter Kreuz', 'Amt Wachsenburg'],
  ['storage', 'Lagerhalle Arnstadt-Rudisleben', null, 'Arnstadt', [50.855, 10.965]],
  ['logistics', 'Logistikhalle Cretzschwitz', 'Industriegebiet Cretzschwitz', 'Gera'],
  ['storage', 'Lagerhalle Cretzschwitz Ost', 'Industriegebiet Cretzschwitz', 'Gera'],
  ['multi', 'Gewerbehalle Gera-Langenberg', null, 'Gera', [50.915, 12.07]],
  ['logistics', 'Logistikhalle Hermsdorfer Kreuz', 'Gewerbegebiet Hermsdorfer Kreuz', 'Hermsdorf'],
  ['multi', 'Gewerbehalle Hermsdorf', 'Gewerbegebiet Hermsdorfer Kreuz', 'Hermsdorf'],
  ['production', 'Produktionshalle Kiebitzhöhe', 'Industriegebiet Kiebitzhöhe', 'Kölleda'],
  ['production', 'Produktionshalle Goldene Aue', 'Industriegebiet Goldene Aue', 'Nordhausen'],
  ['storage', 'Lagerhalle Goldene Aue', 'Industriegebiet Goldene Aue', 'Nordhausen'],
  ['production', 'Produktionshalle Gotha', 'Industriegroßfläche Gotha', 'Gotha'],
  ['production', 'Produktionshalle Waltershausen', 'Industriegroßfläche Waltershausen', 'Waltershausen'],
  ['multi', 'Gewerbehalle Artern', 'Industriegebiet Kyffhäuserhütte Artern', 'Artern'],
  ['production', 'Produktionshalle Eisfeld', 'Industriegebiet Eisfeld (Erweiterung)', 'Eisfeld'],
];
