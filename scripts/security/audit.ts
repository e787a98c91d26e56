/**
 * `npm run audit`: `npm audit --omit=dev` over the runtime dependencies (package-lock.json).
 * Exit 0: no high or critical advisory. Exit 1: at least one. Exit 3: npm could not get an
 * answer from the registry's audit endpoint, printed as `!!! npm audit could not reach the
 * registry`; `AUDIT_ALLOW_UNREACHABLE=1` turns that into a warning with exit 0 (see
 * docs/security.md for why CI here sets it).
 */
import { spawnSync } from 'node:child_process';
import { describeOutcome, exitCodeFor, readAuditJson } from './audit-report.ts';

const allowUnreachable = process.env.AUDIT_ALLOW_UNREACHABLE === '1';
const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const outcome = run.error
  ? { kind: 'unreachable' as const, reason: `could not run npm: ${run.error.message}` }
  : readAuditJson(run.stdout);
const lines = describeOutcome(outcome, allowUnreachable);
(outcome.kind === 'clean' ? console.log : console.error)(lines.join('\n'));
process.exit(exitCodeFor(outcome, allowUnreachable));
