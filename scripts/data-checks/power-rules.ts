import { issue, where, type CheckedFeature, type Issue } from './issue';

/**
 * Plausible bounds of a grid connection capacity (power_mva, MVA). The schema only asks for a
 * number ≥ 0; beyond these a value is more likely a unit slip (kVA or kW typed as MVA) than a site.
 * The largest single industrial connections in Germany are some hundreds of MVA; a hall, even a
 * large production hall, is connected with a few MVA, rarely some tens.
 */
export const POWER_MVA_MAX = { plot: 1000, hall: 50 } as const;

interface PowerProps {
  kind: string;
  power_mva?: number | null;
}

/** power_mva, where given, is a number from 0 to the kind's bound (null = unknown is fine). */
export function checkGridPower(sites: readonly CheckedFeature<PowerProps>[]): Issue[] {
  const issues: Issue[] = [];
  for (const f of sites) {
    const mva = f.properties.power_mva;
    if (mva === null || mva === undefined) continue;
    const max = f.properties.kind === 'hall' ? POWER_MVA_MAX.hall : POWER_MVA_MAX.plot;
    if (!Number.isFinite(mva) || mva < 0 || mva > max) {
      issues.push(
        issue('power', where(f), `power_mva ${mva} outside 0–${max} MVA for a ${f.properties.kind}`),
      );
    }
  }
  return issues;
}
