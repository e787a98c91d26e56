import { describe, expect, it, vi } from 'vitest';
import { once } from './once';

describe('once', () => {
  it('computes nothing until read, then once, also when the value is null', () => {
    const compute = vi.fn(() => null);
    const read = once(compute);
    expect(compute).not.toHaveBeenCalled();
    expect(read()).toBeNull();
    expect(read()).toBeNull();
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
