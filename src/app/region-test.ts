import type { ContextItem } from '@/lib/context/context-item';
import { siteInProjectRegion } from '@/lib/context/region';
import { relate } from '@/lib/context/relate';
import type { Site } from '@/lib/sites/site';

/**
 * `region=<project id>`: sites inside that project's region (districts, municipalities, points);
 * `region=<news or event id>`: the sites that item relates to (its "… und n weitere" link).
 * Null when the item is not known.
 */
export function regionTestOf(item: ContextItem | undefined, today: string): ((s: Site) => boolean) | null {
  if (!item) return null;
  return item.kind === 'project'
    ? (s: Site) => siteInProjectRegion(s, item)
    : (s: Site) => relate(s, item, today) !== null;
}
