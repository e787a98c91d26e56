import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv';

/** The reference facts copied from the shared research into data/reference/. */
export const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'reference');

export interface ParkRow {
  name: string;
  municipality: string;
  state: string;
  lat: number;
  lon: number;
  position: string;
  totalSize: string;
  notes: string;
  source: string;
}

export interface HallRow {
  name: string;
  location: string;
  lat: number;
  lon: number;
  sizeAndSpecs: string;
  source: string;
}

const read = (file: string) => parseCsv(readFileSync(join(REFERENCE_DIR, file), 'utf8'));

const toNumber = (value: string | undefined, what: string): number => {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n)) throw new Error(`bad number for ${what}`);
  return n;
};

/**
 * In parks.csv a source entry `same` means "as the row above" (alone or as one item of a
 * `;`-list); `same (…-1)` is the row above's address with that ending. Both are replaced by the
 * resolved source of the previous row.
 */
export function resolveSameSources<R extends { source: string }>(rows: readonly R[]): R[] {
  let previous: string[] = [];
  return rows.map((row) => {
    const resolved = row.source
      .split(';')
      .map((p) => p.trim())
      .flatMap((part) => {
        const same = /^same(?: \(…(.+)\))?$/.exec(part);
        if (!same) return [part];
        if (previous.length === 0) throw new Error(`"same" without a row above: ${row.source}`);
        return same[1] ? [...previous.slice(0, -1), `${previous.at(-1)}${same[1]}`] : previous;
      })
      .filter((p, i, all) => p !== '' && all.indexOf(p) === i);
    previous = resolved;
    return { ...row, source: resolved.join('; ') };
  });
}

export function readParks(): ParkRow[] {
  return resolveSameSources(
    read('parks.csv').map((r) => ({
      name: r.name ?? '',
      municipality: r.municipality ?? '',
      state: r.state ?? '',
      lat: toNumber(r.lat, `${r.name} lat`),
      lon: toNumber(r.lon, `${r.name} lon`),
      position: r.position ?? '',
      totalSize: r.total_size ?? '',
      notes: r.notes ?? '',
      source: r.source ?? '',
    })),
  );
}

export function readHalls(): HallRow[] {
  return read('halls.csv').map((r) => ({
    name: r.name ?? '',
    location: r.location ?? '',
    lat: toNumber(r.lat, `${r.name} lat`),
    lon: toNumber(r.lon, `${r.name} lon`),
    sizeAndSpecs: r.size_and_specs ?? '',
    source: r.source ?? '',
  }));
}

/**
 * A park's stated size in m², read from texts like "~100 ha", ">600 ha (2011)", "1 200 ha",
 * "171–175 ha" (the lower bound counts) or "200 ha (≈100 ha net)" (the first figure counts).
 * Figures in m² describe buildings, not land, and give null, as does "n/a".
 */
export function parseStatedSizeM2(text: string): number | null {
  const match = /(\d{1,3}(?:[  ]\d{3})*(?:[.,]\d+)?)\s*(?:[–-]\s*\d[\d  ]*(?:[.,]\d+)?\s*)?ha\b/.exec(text);
  if (!match?.[1]) return null;
  const hectares = Number(match[1].replace(/[  ]/g, '').replace(',', '.'));
  return Number.isFinite(hectares) ? Math.round(hectares * 10_000) : null;
}

/** Lower-case ASCII slug: "Star Park Halle" → "star-park-halle", umlauts spelt out. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
