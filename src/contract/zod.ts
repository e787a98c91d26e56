import { z } from 'zod';

/**
 * The one door to zod for app code. The production Content Security Policy forbids eval;
 * without `jitless`, zod probes `new Function` the first time it parses an object and the
 * browser reports a CSP violation (zod then falls back to the same code path anyway). Set here,
 * where `z` comes from, it is in force before any schema exists, whichever chunk loads first
 * (a flag set from main.tsx ran too late once the pages were split into route chunks).
 */
// In Node (scripts, the mock API) there is no import.meta.env, and no CSP.
if ((import.meta as { env?: { PROD?: boolean } }).env?.PROD) z.config({ jitless: true });

export { z };
