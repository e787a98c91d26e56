import { z } from 'zod';

/**
 * The production Content Security Policy forbids eval. Without this, zod probes `new Function`
 * the first time it parses an object, and the browser reports a CSP violation (zod then falls
 * back to the same code path anyway). Imported first in main.tsx, before any schema is used.
 */
if (import.meta.env.PROD) z.config({ jitless: true });
