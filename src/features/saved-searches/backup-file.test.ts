import { describe, expect, it } from 'vitest';
import type { SiteKey } from '@/contract/site-key';
import { BackupError, readBackup, shortlistCounts, writeBackup } from './backup-file';

const content = {
  searches: [
    {
      name: 'Große Flächen',
      query: '?kind=plots&area_min=20000',
      saved: '2026-11-27',
      opened: { at: '2026-11-28', keys: ['plots/a'], hashes: ['abc'], complete: true },
    },
  ],
  shortlist: { keys: ['plots/a', 'halls/b'] as SiteKey[], notes: { ['plots/a' as SiteKey]: 'Preis klären' } },
};

describe('backup file', () => {
  it('writes the documented format (no last openings) and reads it back', () => {
    const text = writeBackup(content, '2026-12-03T10:00:00.000Z');
    expect(JSON.parse(text)).toEqual({
      format: 'standortfinder-backup',
      version: 1,
      exported: '2026-12-03T10:00:00.000Z',
      searches: [{ name: 'Große Flächen', query: '?kind=plots&area_min=20000', saved: '2026-11-27' }],
      shortlist: [{ key: 'plots/a', note: 'Preis klären' }, { key: 'halls/b' }],
    });
    const read = readBackup(text);
    expect(read.searches).toEqual([
      { name: 'Große Flächen', query: '?kind=plots&area_min=20000', saved: '2026-11-27' },
    ]);
    expect(read.shortlist).toEqual(content.shortlist);
    expect(read.skipped).toEqual([]);
  });

  it('skips and names each bad entry, keeps repeats for the counts and both notes of one site', () => {
    const read = readBackup(
      JSON.stringify({
        format: 'standortfinder-backup',
        version: 1,
        searches: [
          { name: 'A', query: '?kind=halls', saved: '2026-11-01' },
          { name: 'A again', query: 'kind=halls', saved: '2026-11-02' },
          { name: 'Kaputt', query: 42, saved: '2026-11-01' },
        ],
        shortlist: [
          { key: 'plots/a', note: 'eins' },
          { key: 'plots/a', note: 'zwei' },
          { key: 'no key' },
          'plots/c',
        ],
      }),
    );
    expect(read.searches.map((s) => s.query)).toEqual(['?kind=halls', '?kind=halls']);
    expect(read.shortlist).toEqual({ keys: ['plots/a'], notes: { 'plots/a': 'eins\n\nzwei' } });
    expect(read.skipped).toEqual(['Kaputt', 'no key', 'plots/c']);
    expect(shortlistCounts(read.shortlistEntries, ['plots/x' as SiteKey])).toEqual({ added: 1, merged: 1 });
  });

  it('refuses a file that is no backup, or from a newer version, as a whole', () => {
    expect(() => readBackup('not json')).toThrow(BackupError);
    expect(() => readBackup('{"format":"other","version":1}')).toThrow(BackupError);
    expect(() => readBackup('{"format":"standortfinder-backup","version":2}')).toThrow('version 2');
  });
});
