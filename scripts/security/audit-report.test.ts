// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeOutcome, exitCodeFor, readAuditJson } from './audit-report';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The shape of `npm audit --json` (report version 2) when the registry answers. */
const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
      dependencies: { prod: 120, dev: 0, optional: 2, peer: 0, peerOptional: 0, total: 120 },
    },
  });

describe('reading npm audit --json', () => {
  it('passes a report without high or critical advisories, moderate ones included', () => {
    const outcome = readAuditJson(
      report({ foo: { name: 'foo', severity: 'moderate', via: [{ title: 'ReDoS' }] } }, { moderate: 1 }),
    );
    expect(outcome).toMatchObject({ kind: 'clean', dependencies: 120, counts: { moderate: 1, high: 0 } });
    expect(exitCodeFor(outcome, false)).toBe(0);
    expect(describeOutcome(outcome, false)[0]).toMatch(/1 moderate, 0 high, 0 critical in 120 runtime/);
  });

  it('fails on a high or a critical advisory and names the package and the advisory', () => {
    const outcome = readAuditJson(
      report(
        {
          'bad-lib': { severity: 'critical', via: [{ title: 'Prototype pollution' }] },
          uses: { severity: 'high', via: ['bad-lib'] },
          meh: { severity: 'low', via: [{ title: 'minor' }] },
        },
        { critical: 1, high: 1, low: 1 },
      ),
    );
    expect(outcome.kind).toBe('advisories');
    expect(exitCodeFor(outcome, true)).toBe(1);
    const text = describeOutcome(outcome, true).join('\n');
    expect(text).toContain('bad-lib (critical): Prototype pollution');
    expect(text).toContain('uses (high)');
    expect(text).not.toContain('meh');
    const highOnly = readAuditJson(report({ x: { severity: 'high', via: [] } }, { high: 1 }));
    expect(highOnly.kind).toBe('advisories');
  });

  it('tells an endpoint that refuses (HTTP 405, seen here) from a clean report', () => {
    const outcome = readAuditJson(fixture('npm-audit-405.json'));
    expect(outcome).toEqual({
      kind: 'unreachable',
      reason:
        'HTTP 405: Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
    expect(exitCodeFor(outcome, false)).toBe(3);
    expect(exitCodeFor(outcome, true)).toBe(0);
    expect(describeOutcome(outcome, true)[0]).toBe('!!! npm audit could not reach the registry');
    expect(describeOutcome(outcome, false).join('\n')).toMatch(/failing/);
  });

  it('treats a refused connection, an npm error and no JSON at all as unreachable', () => {
    expect(readAuditJson(fixture('npm-audit-refused.json'))).toMatchObject({
      kind: 'unreachable',
      reason: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(
      readAuditJson('{"error":{"code":"ENOLOCK","summary":"This command requires an existing lockfile."}}'),
    ).toMatchObject({ kind: 'unreachable', reason: 'This command requires an existing lockfile.' });
    expect(readAuditJson('npm error network timeout').kind).toBe('unreachable');
    expect(readAuditJson('').kind).toBe('unreachable');
  });
});
