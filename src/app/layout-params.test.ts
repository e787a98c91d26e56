import { describe, expect, it } from 'vitest';
import { decodeLayoutParams } from './layout-params';

describe('layout parameters', () => {
  it('reads view and sel, leaving the default view out', () => {
    expect(decodeLayoutParams({ view: 'map', sel: 'plots/gf-1' }).layout).toEqual({
      view: 'map',
      sel: 'plots/gf-1',
    });
    expect(decodeLayoutParams({ view: 'split' })).toEqual({ layout: {}, problems: [] });
  });

  it('reports a bad value and falls back to the default', () => {
    const { layout, problems } = decodeLayoutParams({ view: 'globe', sel: 'no-slash' });
    expect(layout).toEqual({});
    expect(problems.map((p) => p.param)).toEqual(['view', 'sel']);
  });

  it('takes the last of a repeated view and names the others', () => {
    expect(decodeLayoutParams({ view: ['list', 'map'] })).toEqual({
      layout: { view: 'map' },
      problems: [{ param: 'view', value: 'map', reason: 'repeated', dropped: ['list'] }],
    });
  });
});
