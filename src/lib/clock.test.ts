import { describe, expect, it } from 'vitest';
import { buildTimeToday } from './clock';

describe('the build-time today (VITE_TODAY)', () => {
  it('pins a valid ISO date and ignores anything else', () => {
    expect(buildTimeToday('2026-11-27')).toBe('2026-11-27');
    expect(buildTimeToday(' 2026-11-27 ')).toBe('2026-11-27');
    expect(buildTimeToday(undefined)).toBeNull();
    expect(buildTimeToday('')).toBeNull();
    expect(buildTimeToday('27.11.2026')).toBeNull();
  });
});
