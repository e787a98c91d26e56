import { describe, expect, it } from 'vitest';
import { searchKinds, viewAreaUnit } from './view-area-unit';

describe('viewAreaUnit', () => {
  it.each([
    ['auto', ['plot', 'hall'], 'ha'],
    ['auto', ['plot'], 'ha'],
    ['auto', ['hall', 'hall'], 'm2'],
    ['auto', [], 'ha'],
    ['m2', ['plot'], 'm2'],
    ['ha', ['hall'], 'ha'],
  ] as const)('%s for %j → %s', (choice, kinds, unit) => {
    expect(viewAreaUnit(choice, kinds)).toBe(unit);
  });

  it('reads a search restricted to halls as halls only', () => {
    expect(viewAreaUnit('auto', searchKinds('halls'))).toBe('m2');
    expect(viewAreaUnit('auto', searchKinds(undefined))).toBe('ha');
    expect(viewAreaUnit('auto', searchKinds('plots'))).toBe('ha');
  });
});
