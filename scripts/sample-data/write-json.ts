import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One record per line: compact, yet diffs stay readable. */
const lines = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item)).join(',\n');

export function featureCollectionText(features: readonly unknown[]): string {
  return `{"type":"FeatureCollection","features":[\n${lines(features)}\n]}\n`;
}

export function arrayText(items: readonly unknown[]): string {
  return `[\n${lines(items)}\n]\n`;
}

export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, 'utf8');
}
