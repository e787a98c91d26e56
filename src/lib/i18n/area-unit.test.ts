import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentAreaUnit, rehydrateAreaUnit, resetAreaUnit } from './area-unit';

const KEY = 'sf.area-unit.v1';

afterEach(() => {
  localStorage.clear();
  resetAreaUnit();
  vi.restoreAllMocks();
});

describe('the stored area unit', () => {
  it('is read back on a new page', async () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { unit: 'm2' }, version: 1 }));
    await rehydrateAreaUnit();
    expect(currentAreaUnit()).toBe('m2');
  });

  it('is read from an entry another version wrote, without an error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    localStorage.setItem(KEY, JSON.stringify({ state: { unit: 'ha' }, version: 0 }));
    await rehydrateAreaUnit();
    expect(currentAreaUnit()).toBe('ha');
    expect(error).not.toHaveBeenCalled();
  });

  it('falls back to automatic for a unit it does not know, of any version', async () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { unit: 'acres' }, version: 2 }));
    await rehydrateAreaUnit();
    expect(currentAreaUnit()).toBe('auto');
  });
});
