import { foldText } from '@/lib/search/engine/normalize-text';

/** A place of the offline gazetteer (GeoNames, CC BY 4.0) with a stable id for URLs. */
export interface Place {
  id: string;
  name: string;
  ags: string | null;
  state: string;
  lat: number;
  lon: number;
  population: number;
  folded: string;
}

interface RawPlace {
  name: string;
  ags: string | null;
  state: string;
  lat: number;
  lon: number;
  population: number;
}

const slugify = (name: string) => foldText(name).replace(/ /g, '-');

/** Ids are the folded name (`halle-saale`), with the AGS added where names repeat. */
export function buildGazetteer(raw: readonly RawPlace[]): Place[] {
  const counts = new Map<string, number>();
  for (const p of raw) counts.set(slugify(p.name), (counts.get(slugify(p.name)) ?? 0) + 1);
  const seen = new Set<string>();
  return raw.map((p, i) => {
    const base = slugify(p.name);
    let id = counts.get(base)! > 1 ? `${base}-${p.ags ?? i}` : base;
    while (seen.has(id)) id = `${id}-${i}`;
    seen.add(id);
    return { ...p, id, folded: foldText(p.name) };
  });
}

/** Type-ahead: places whose name starts with (or, failing that, contains) the text, biggest first. */
export function suggestPlaces(places: readonly Place[], text: string, limit = 8): Place[] {
  const q = foldText(text);
  if (!q) return [];
  const starts = places.filter((p) => p.folded.startsWith(q));
  const contains =
    starts.length >= limit ? [] : places.filter((p) => !p.folded.startsWith(q) && p.folded.includes(q));
  const byPopulation = (a: Place, b: Place) =>
    b.population - a.population || a.name.localeCompare(b.name, 'de');
  return [...starts.sort(byPopulation), ...contains.sort(byPopulation)].slice(0, limit);
}

export const GAZETTEER_CREDIT = 'GeoNames (CC BY 4.0)';
