import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';

/** A V8 profile's call frame (CPU profile or a trace's ProfileChunk). */
export interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber: number;
  columnNumber: number;
}

/**
 * Places call frames of a built app in its sources through the build's source maps
 * (`<dist>/assets/<file>.map`): `src/…` or `node_modules/…` and the line, or null for a frame
 * outside the app's assets (native code, the browser, a worker without a map).
 */
export function sourcePlacer(dist: string) {
  const maps = new Map<string, SourceMapConsumer | null>();
  const consumer = (url: string) => {
    const file = url.split('/').pop() ?? '';
    if (!maps.has(file)) {
      let map: SourceMapConsumer | null = null;
      try {
        map = new SourceMapConsumer(JSON.parse(readFileSync(`${dist}/assets/${file}.map`, 'utf8')));
      } catch {
        // no map: not an app asset
      }
      maps.set(file, map);
    }
    return maps.get(file)!;
  };
  return (cf: CallFrame): { source: string; line: number } | null => {
    const position = cf.url
      ? consumer(cf.url)?.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber })
      : undefined;
    return position?.source ? { source: position.source, line: position.line ?? 0 } : null;
  };
}
