import type { SiteKey } from '@/contract/site-key';
import type { ExtraColumns } from '@/features/export/extra-columns';

export const NOTE_COLUMN = 'note';

/**
 * The own shortlist's CSV column `note` (the private note of each entry, empty without one), after
 * the fixed header. Only when the list has a note at all: without notes the header stays fixed.
 */
export function noteColumn(notes: Readonly<Record<SiteKey, string>>): ExtraColumns | undefined {
  if (Object.keys(notes).length === 0) return undefined;
  return { header: [NOTE_COLUMN], cells: (site) => [notes[site.key] ?? null] };
}
