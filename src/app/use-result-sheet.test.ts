import { act, renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerView } from './layout-params';
import { useResultSheet } from './use-result-sheet';

const sheet = (view: ExplorerView, detailKey: string | null) =>
  renderHook(
    (p: { view: ExplorerView; detailKey: string | null }) => useResultSheet(true, p.view, p.detailKey),
    {
      initialProps: { view, detailKey },
    },
  );

describe('the phone result sheet', () => {
  // jsdom's screen is 0 px tall; the sheet's sizes come from the phone's height.
  beforeAll(() => Object.defineProperty(screen, 'height', { value: 844, configurable: true }));

  it('rests at the peek under "Karte", at half height in "Liste und Karte"', () => {
    const { result, rerender } = sheet('map', null);
    expect(result.current.snap).toBe('peek');
    rerender({ view: 'split', detailKey: null });
    expect(result.current.snap).toBe('half');
  });

  it('opens a site page at full height, and lowers it to the peek when "Karte" is chosen there', () => {
    const { result, rerender } = sheet('split', 'plots/gf-1');
    expect(result.current.snap).toBe('full');
    rerender({ view: 'map', detailKey: 'plots/gf-1' });
    expect(result.current.snap).toBe('peek');
    expect(result.current.restingInset).toBe(result.current.heights.peek);
    // Taller than the search's peek: it holds the site's name below the back link.
    expect(result.current.heights.peek).toBeGreaterThan(sheet('map', null).result.current.heights.peek);
    rerender({ view: 'split', detailKey: 'plots/gf-1' });
    expect(result.current.snap).toBe('full');
  });

  it('keeps a size chosen on a site page for that site and view only', () => {
    const { result, rerender } = sheet('split', 'plots/gf-1');
    act(() => result.current.setSnap('half'));
    expect(result.current.snap).toBe('half');
    rerender({ view: 'map', detailKey: 'plots/gf-1' });
    expect(result.current.snap).toBe('peek');
    rerender({ view: 'split', detailKey: 'plots/gf-1' });
    expect(result.current.snap).toBe('half');
    rerender({ view: 'split', detailKey: 'plots/gf-2' });
    expect(result.current.snap).toBe('full');
  });
});
