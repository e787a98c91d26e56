/** A district (Landkreis) or independent city (kreisfreie Stadt) of data/districts.json. */
export interface RawDistrict {
  key: string;
  name: string;
}

/**
 * The independent cities by their 5-digit key: Chemnitz, Dresden, Leipzig; Dessau-Roßlau,
 * Halle (Saale), Magdeburg; Erfurt, Gera, Jena, Suhl, Weimar, Eisenach.
 */
export const isCityKey = (key: string) => /^(14[567]1\d|1500\d|1605\d)$/.test(key);

/**
 * The name a district goes by, as the sites name it: the district around Leipzig is "Landkreis
 * Leipzig" beside the city "Leipzig"; a name with "kreis" in it stands alone ("Saalekreis",
 * "Altmarkkreis Salzwedel").
 */
export const districtLabel = ({ key, name }: RawDistrict): string =>
  isCityKey(key) || /kreis/i.test(name) ? name : `Landkreis ${name}`;

/** The districts of Sachsen, Sachsen-Anhalt and Thüringen: their names by key. */
export const buildDistrictNames = (raw: readonly RawDistrict[]): ReadonlyMap<string, string> =>
  new Map(raw.map((d) => [d.key, districtLabel(d)]));
