import { z } from '@/contract/zod';
import { parseSiteKey, type SiteKey } from '@/contract/site-key';
import { entryLabel } from '@/lib/storage/versioned-storage';
import { readSavedSearch, savedSearchLabel, type SavedSearch } from './saved-search-format';

/**
 * The backup file (docs/backup-file.md): saved searches and the shortlist with its notes, to
 * carry to another browser. `{"format":"standortfinder-backup","version":1,"exported":"…",
 * "searches":[…],"shortlist":[{"key":"plots/gf-a","note":"…"}]}`. Reading checks the envelope
 * (a file that is no backup imports nothing) and then each entry on its own: a bad entry is
 * skipped and named, the rest is imported.
 */
export const BACKUP_FORMAT = 'standortfinder-backup';
export const BACKUP_VERSION = 1;
const MAX_NOTE_LENGTH = 2000;

export interface ShortlistPart {
  keys: SiteKey[];
  notes: Readonly<Record<SiteKey, string>>;
}

export interface BackupContent {
  searches: SavedSearch[];
  shortlist: ShortlistPart;
}

export interface ReadBackup extends BackupContent {
  /** Every readable shortlist entry's key in file order, repeats included (for the counts). */
  shortlistEntries: SiteKey[];
  /** Labels of entries that could not be read (left out). */
  skipped: string[];
}

/** What an import did: nothing is left out without being counted or named. */
export interface ImportReport {
  searchesAdded: number;
  searchesMerged: number;
  shortlistAdded: number;
  shortlistMerged: number;
  skipped: string[];
}

/** The file's text. Only what a search is: a search's last opening stays in this browser. */
export function writeBackup({ searches, shortlist }: BackupContent, exported: string): string {
  return `${JSON.stringify(
    {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exported,
      searches: searches.map(({ name, query, saved }) => ({ name, query, saved })),
      shortlist: shortlist.keys.map((key) =>
        shortlist.notes[key] ? { key, note: shortlist.notes[key] } : { key },
      ),
    },
    null,
    2,
  )}\n`;
}

const envelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exported: z.string().optional(),
  searches: z.array(z.unknown()).default([]),
  shortlist: z.array(z.unknown()).default([]),
});

const shortlistEntry = z.object({
  key: z
    .string()
    .max(500)
    .refine((k) => parseSiteKey(k) !== null),
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
});

export class BackupError extends Error {}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BackupError('JSON');
  }
}

function readShortlist(entries: readonly unknown[], skipped: string[]): ShortlistPart & { all: SiteKey[] } {
  const all: SiteKey[] = [];
  const keys: SiteKey[] = [];
  const notes: Record<SiteKey, string> = {};
  for (const raw of entries) {
    const entry = shortlistEntry.safeParse(raw);
    if (!entry.success) {
      const key = (raw as { key?: unknown } | null)?.key;
      skipped.push(typeof key === 'string' ? entryLabel(key) : entryLabel(raw));
      continue;
    }
    const key = entry.data.key as SiteKey;
    all.push(key);
    if (!keys.includes(key)) keys.push(key);
    const note = entry.data.note?.trim() ? entry.data.note : undefined;
    if (note) notes[key] = notes[key] && notes[key] !== note ? `${notes[key]}\n\n${note}` : note;
  }
  return { keys, notes, all };
}

/** Reads a backup file's text; throws `BackupError` (with a short reason) when it is no backup. */
export function readBackup(text: string): ReadBackup {
  const parsed = envelope.safeParse(parseJson(text));
  if (!parsed.success) throw new BackupError(parsed.error.issues[0]?.path.join('.') || 'format');
  if (parsed.data.version > BACKUP_VERSION) throw new BackupError(`version ${parsed.data.version}`);
  const skipped: string[] = [];
  const searches: SavedSearch[] = [];
  for (const raw of parsed.data.searches) {
    const search = readSavedSearch(raw);
    if (search) searches.push(search);
    else skipped.push(savedSearchLabel(raw));
  }
  const { all, ...shortlist } = readShortlist(parsed.data.shortlist, skipped);
  return { searches, shortlist, shortlistEntries: all, skipped };
}

/** Shortlist counts of an import: entries for a site not on the list are added, the others merged. */
export function shortlistCounts(entries: readonly SiteKey[], current: readonly SiteKey[]) {
  const known = new Set(current);
  let added = 0;
  for (const key of entries) {
    if (known.has(key)) continue;
    known.add(key);
    added++;
  }
  return { added, merged: entries.length - added };
}
