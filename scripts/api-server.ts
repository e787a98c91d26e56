/**
 * `npm run api`: the mock OGC API – Features as a real HTTP server on 127.0.0.1, for GIS
 * clients (QGIS, ogrinfo), curl and for pointing the app at it via VITE_API_BASE_URL.
 */
import { sampleDataset } from '../mocks/dataset';
import { loadDatasetFile } from '../mocks/load-dataset-file';
import { parseCliArgs, USAGE } from './api-server/args';
import { startApiServer } from './api-server/server';

async function main() {
  let cli;
  try {
    cli = parseCliArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (cli.help) {
    console.log(USAGE);
    return;
  }
  const dataset = cli.dataFile ? await loadDatasetFile(cli.dataFile) : sampleDataset;
  const api = await startApiServer({ dataset, host: cli.host, port: cli.port, basePath: cli.basePath });
  const counts = Object.entries(dataset)
    .map(([id, fc]) => `${id} ${fc.features.length.toString()}`)
    .join(', ');
  console.log(`Mock OGC API – Features (${cli.dataFile ?? 'data/*.json'}: ${counts})`);
  console.log(`Landing page: ${api.landingUrl}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(0), 3000);
    force.unref();
    api.server.closeAllConnections();
    api.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
