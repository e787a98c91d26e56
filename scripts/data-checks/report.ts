import type { Issue } from './issue';

export interface RuleResult {
  rule: string;
  description: string;
  issues: Issue[];
}

const MAX_LISTED = 25;

/** A plain-text report: one line per rule, the issues below a failing rule, and a verdict. */
export function formatReport(header: readonly string[], results: readonly RuleResult[]): string {
  const lines = [...header, ''];
  for (const r of results) {
    const mark = r.issues.length === 0 ? '✓' : '✗';
    const count = r.issues.length === 0 ? 'ok' : `${r.issues.length} issue(s)`;
    lines.push(`${mark} ${r.rule.padEnd(16)} ${r.description} — ${count}`);
    for (const i of r.issues.slice(0, MAX_LISTED)) lines.push(`    ${i.where}: ${i.message}`);
    if (r.issues.length > MAX_LISTED) lines.push(`    … and ${r.issues.length - MAX_LISTED} more`);
  }
  const total = results.reduce((n, r) => n + r.issues.length, 0);
  lines.push('', total === 0 ? 'Data check passed.' : `Data check FAILED: ${total} issue(s).`);
  return lines.join('\n');
}
