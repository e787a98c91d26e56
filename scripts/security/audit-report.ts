/**
 * Reads the JSON of `npm audit --omit=dev --json` and tells three outcomes apart:
 * - `clean`: the registry answered and no runtime dependency has a high or critical advisory;
 * - `advisories`: it answered with at least one high or critical advisory (fails the build);
 * - `unreachable`: npm could not get an answer (network error, the audit endpoint refused
 *   the request, no JSON): nothing is known about advisories.
 */

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
const SEVERITIES: readonly Severity[] = ['info', 'low', 'moderate', 'high', 'critical'];

export type AuditOutcome =
  | { kind: 'clean'; counts: Record<Severity, number>; dependencies: number | null }
  | {
      kind: 'advisories';
      counts: Record<Severity, number>;
      dependencies: number | null;
      /** `package (severity): advisory title, …` for every high or critical package. */
      findings: string[];
    }
  | { kind: 'unreachable'; reason: string };

interface AuditJson {
  message?: unknown;
  statusCode?: unknown;
  error?: { code?: unknown; summary?: unknown; detail?: unknown };
  metadata?: { vulnerabilities?: Partial<Record<Severity, unknown>>; dependencies?: unknown };
  vulnerabilities?: Record<string, { severity?: unknown; via?: unknown[] }>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function dependencyCount(deps: unknown): number | null {
  if (typeof deps === 'number') return deps;
  if (isRecord(deps)) {
    const prod = deps.prod;
    if (typeof prod === 'number') return prod;
    if (typeof deps.total === 'number') return deps.total;
  }
  return null;
}

export function readAuditJson(stdout: string): AuditOutcome {
  let json: AuditJson;
  try {
    const parsed: unknown = JSON.parse(stdout);
    if (!isRecord(parsed)) throw new Error('not an object');
    json = parsed as AuditJson;
  } catch {
    const first = stdout.trim().split('\n')[0] ?? '';
    return { kind: 'unreachable', reason: `npm audit printed no JSON report${first ? `: ${first}` : ''}` };
  }
  const found = json.metadata?.vulnerabilities;
  if (!isRecord(found)) {
    const status = typeof json.statusCode === 'number' ? `HTTP ${json.statusCode}: ` : '';
    const message =
      (typeof json.message === 'string' && json.message) ||
      (typeof json.error?.summary === 'string' && json.error.summary) ||
      (typeof json.error?.code === 'string' && json.error.code) ||
      'no report';
    return { kind: 'unreachable', reason: `${status}${message}`.replace(/^(HTTP \d+: )\d+ /, '$1') };
  }
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, typeof found[s] === 'number' ? found[s] : 0]),
  ) as Record<Severity, number>;
  const dependencies = dependencyCount(json.metadata?.dependencies);
  if (counts.high + counts.critical === 0) return { kind: 'clean', counts, dependencies };
  const findings = Object.entries(json.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => {
      const titles = (v.via ?? [])
        .map((via) => (isRecord(via) && typeof via.title === 'string' ? via.title : null))
        .filter((t): t is string => t !== null);
      return `${name} (${String(v.severity)})${titles.length ? `: ${titles.join('; ')}` : ''}`;
    });
  return { kind: 'advisories', counts, dependencies, findings };
}

/** Exit code of `npm run audit`: 0 clean, 1 advisories, 3 unreachable (0 when allowed). */
export function exitCodeFor(outcome: AuditOutcome, allowUnreachable: boolean): number {
  if (outcome.kind === 'clean') return 0;
  if (outcome.kind === 'advisories') return 1;
  return allowUnreachable ? 0 : 3;
}

/** The lines `npm run audit` prints. */
export function describeOutcome(outcome: AuditOutcome, allowUnreachable: boolean): string[] {
  if (outcome.kind === 'unreachable') {
    return [
      '!!! npm audit could not reach the registry',
      `!!! ${outcome.reason}`,
      allowUnreachable
        ? '!!! continuing WITHOUT an advisory check (AUDIT_ALLOW_UNREACHABLE=1)'
        : '!!! failing: nothing is known about advisories (set AUDIT_ALLOW_UNREACHABLE=1 to continue)',
    ];
  }
  const counts = SEVERITIES.map((s) => `${outcome.counts[s]} ${s}`).join(', ');
  const deps = outcome.dependencies === null ? '' : ` in ${outcome.dependencies} runtime dependencies`;
  if (outcome.kind === 'clean')
    return [`npm audit --omit=dev: ${counts}${deps}; no high or critical advisory`];
  return [
    `npm audit --omit=dev: ${counts}${deps}`,
    '!!! high or critical advisories in runtime dependencies:',
    ...outcome.findings.map((f) => `  ${f}`),
  ];
}
