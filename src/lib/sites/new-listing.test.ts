import { describe, expect, it } from 'vitest';
import { isNewlyListed } from './new-listing';

describe('a new listing', () => {
  it('is new for 30 days from its listing day, moving with today', () => {
    expect(isNewlyListed('2026-10-28', '2026-10-28')).toBe(true);
    expect(isNewlyListed('2026-10-28', '2026-11-26')).toBe(true);
    expect(isNewlyListed('2026-10-28', '2026-11-27')).toBe(false);
  });

  it('is not new before it is listed or when the day is unknown', () => {
    expect(isNewlyListed('2026-12-01', '2026-11-27')).toBe(false);
    expect(isNewlyListed(null, '2026-11-27')).toBe(false);
  });
});
