import { useState } from 'react';
import type { SiteKey } from '@/contract/site-key';
import type { CompareSelection } from '@/features/shortlist/components/shortlist-entry-actions';
import type { Site } from '@/lib/sites/site';

/** At most this many sites side by side. */
export const MAX_COMPARE = 6;

/**
 * The sites picked for comparison, in the list's order: the first six until the user picks
 * otherwise. Picking stops at six (the other boxes are disabled then, not silently ignored).
 */
export function useCompareSelection(sites: readonly Site[]): {
  selection: CompareSelection;
  chosen: SiteKey[];
} {
  const [picked, setPicked] = useState<ReadonlySet<SiteKey> | null>(null);
  const current = picked ?? new Set(sites.slice(0, MAX_COMPARE).map((s) => s.key));
  const chosen = sites.filter((s) => current.has(s.key)).map((s) => s.key);
  const toggle = (key: SiteKey) => {
    const next = new Set(chosen);
    if (next.has(key)) next.delete(key);
    else if (next.size < MAX_COMPARE) next.add(key);
    setPicked(next);
  };
  return { selection: { picked: new Set(chosen), toggle, full: chosen.length >= MAX_COMPARE }, chosen };
}
