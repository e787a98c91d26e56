import { parseArgs } from 'node:util';

export interface CliOptions {
  port: number;
  host: string;
  basePath: string;
  dataFile: string | null;
  help: boolean;
}

export const USAGE = `Usage: npm run api -- [--port 8787] [--data file.json] [--base-path /api] [--host 127.0.0.1]

Serves the mock OGC API – Features (landing page, conformance, collections, items).
  --port       port (or env PORT), default 8787; 0 picks a free one
  --data       JSON {"plots": FeatureCollection, "halls": …, "news"?: …, "projects"?: …};
               missing collections come from data/*.json
  --base-path  path of the landing page, default /api
  --host       interface to bind, default 127.0.0.1`;

/** Parses CLI arguments; throws an Error with a readable message on bad input. */
export function parseCliArgs(argv: string[], env: Record<string, string | undefined> = {}): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      data: { type: 'string', short: 'd' },
      'base-path': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  const portText = values.port ?? env.PORT ?? '8787';
  const port = /^\d+$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new Error(`Invalid port: ${portText}`);
  return {
    port,
    host: values.host ?? '127.0.0.1',
    basePath: values['base-path'] ?? '/api',
    dataFile: values.data ?? null,
    help: values.help ?? false,
  };
}
