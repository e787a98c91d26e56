/**
 * Extracts the district table (Landkreise and district-free cities of SN, ST, TH: key, name, population,
 * area) from the `landkreise-deutschland` package (CC BY 4.0, Destatis GV-ISys, as of 31.12.2018),
 * installed in a scratch folder outside the repo, into data/districts.json.
 *
 *   npm install --prefix /tmp/ctx-src landkreise-deutschland@3.0.0
 *   npx tsx scripts/build-districts.ts --src /tmp/ctx-src/node_modules/landkreise-deutschland
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { arrayText, writeText } from './sample-data/write-json';

interface SourceRow {
  AGS: string | number;
  type: string;
  name: string;
  area_km2: number;
  population: number;
}

export interface DistrictRow {
  key: string;
  name: string;
  population: number;
  area_km2: number;
}

/** "Leipzig, Stadt" → "Leipzig"; "Magdeburg, Landeshauptstadt" → "Magdeburg". */
const cleanName = (name: string) => name.replace(/,\s*(Stadt|Landeshauptstadt|Hansestadt)$/u, '').trim();

export function extractDistricts(rows: readonly SourceRow[]): DistrictRow[] {
  const keyOf = (r: SourceRow) => String(r.AGS).trim().padStart(5, '0');
  return rows
    .filter((r) => /^1[456]\d{3}$/.test(keyOf(r)))
    .map((r) => ({
      key: keyOf(r),
      name: cleanName(r.name),
      population: r.population,
      area_km2: r.area_km2,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

function main(): void {
  const { values } = parseArgs({ options: { src: { type: 'string' } } });
  if (!values.src) {
    console.log('Usage: npx tsx scripts/build-districts.ts --src <landkreise-deutschland folder>');
    process.exitCode = 1;
    return;
  }
  const rows = JSON.parse(readFileSync(join(values.src, 'data', 'districts.json'), 'utf8')) as SourceRow[];
  const districts = extractDistricts(rows);
  const out = fileURLToPath(new URL('../data/districts.json', import.meta.url));
  writeText(out, arrayText(districts));
  console.log(`districts.json ${districts.length} districts of SN, ST, TH`);
}

main();
