// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkGridPower, POWER_MVA_MAX } from './power-rules';
import { hall, plot } from './test-features';

describe('checkGridPower', () => {
  it('accepts null, a missing value and values within the bounds', () => {
    expect(
      checkGridPower([
        plot({ power_mva: null }),
        plot(),
        plot({ power_mva: 0 }),
        plot({ power_mva: 250 }),
        plot({ power_mva: POWER_MVA_MAX.plot }),
        hall({ power_mva: 0.4 }),
        hall({ power_mva: POWER_MVA_MAX.hall }),
      ]),
    ).toEqual([]);
  });

  it('reports a negative value and one above 1000 MVA', () => {
    const issues = checkGridPower([
      plot({ id: 'gf-neg', power_mva: -1 }),
      plot({ id: 'gf-kva', power_mva: 2500 }),
    ]);
    expect(issues.map((i) => i.where)).toEqual(['plots/gf-neg', 'plots/gf-kva']);
    expect(issues[1]).toMatchObject({ rule: 'power' });
    expect(issues[1]?.message).toMatch(/power_mva 2500 outside 0–1000 MVA for a plot/);
  });

  it('holds a hall to a lower bound than a plot', () => {
    expect(checkGridPower([plot({ power_mva: 80 })])).toEqual([]);
    expect(checkGridPower([hall({ power_mva: 80 })]).map((i) => i.where)).toEqual(['halls/ho-test-01']);
  });
});
