/**
 * Writes src/contract/compiled-parse/site-validators.generated.ts: the fast path of the site
 * schemas as straight code (decision 0023). `npm run contract:gen`;
 * `src/contract/compiled-parse/site-validators.test.ts` fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { moduleSource } from '../src/contract/compiled-parse/emit';
import { emitSiteValidators } from '../src/contract/compiled-parse/compiled-site-validators';
import { siteWalk } from '../src/contract/compiled-parse/site-validators';

const GENERATED_PATH = 'src/contract/compiled-parse/site-validators.generated.ts';
writeFileSync(GENERATED_PATH, moduleSource(emitSiteValidators(siteWalk()), 'scripts/gen-validators.ts'));
console.log(`wrote ${GENERATED_PATH}`);
