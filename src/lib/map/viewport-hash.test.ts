import { describe, expect, it } from 'vitest';
import {
  formatViewport,
  hashAfterMove,
  parseViewportHash,
  viewportToRestore,
  withViewport,
} from './viewport-hash';

const leipzig = { zoom: 9.5, lat: 51.34, lon: 12.37 };

describe('viewport in the URL fragment', () => {
  it('round-trips zoom/lat/lon with fixed decimals', () => {
    expect(formatViewport(leipzig)).toBe('map=9.50/51.34000/12.37000');
    expect(parseViewportHash(`#${formatViewport(leipzig)}`)).toEqual(leipzig);
  });

  it('rejects broken or out-of-range values instead of moving the map somewhere odd', () => {
    for (const hash of [
      '#map=',
      '#map=9/51',
      '#map=30/51/12',
      '#map=9/95/12',
      '#map=9/51/200',
      '#map=a/b/c',
      '#top',
    ])
      expect(parseViewportHash(hash)).toBeNull();
  });

  it('keeps other fragment parts', () => {
    expect(withViewport('#map=3.00/1.00000/1.00000&x=1', leipzig)).toBe('#map=9.50/51.34000/12.37000&x=1');
    expect(withViewport('', leipzig)).toBe('#map=9.50/51.34000/12.37000');
  });

  it('never writes back a move that came from the URL, nor an unchanged view', () => {
    expect(hashAfterMove('url', '', leipzig)).toBeNull();
    expect(hashAfterMove('user', '', leipzig)).toBe('#map=9.50/51.34000/12.37000');
    expect(hashAfterMove('app', '#map=9.50/51.34000/12.37000', leipzig)).toBeNull();
  });

  it('restores a changed URL but not one the map already shows', () => {
    expect(viewportToRestore('#map=9.50/51.34000/12.37000', { ...leipzig, lat: 51.340001 })).toBeNull();
    expect(viewportToRestore('#map=12.00/51.34000/12.37000', leipzig)).toEqual({ ...leipzig, zoom: 12 });
    expect(viewportToRestore('', leipzig)).toBeNull();
  });
});
