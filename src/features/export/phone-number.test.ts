import { describe, expect, it } from 'vitest';
import { internationalPhone } from './phone-number';

describe('phone numbers in the CSV', () => {
  it.each([
    ['+49 341 555 0100', '0049 341 555 0100'],
    ['+49341 5550100', '0049 341 5550100'],
    ['+49 (0) 341 555 0100', '0049 341 555 0100'],
    ['0049 341 555 0100', '0049 341 555 0100'],
    ['0341 555 0100', '0049 341 555 0100'],
    ['03415550100', '0049 3415550100'],
    ['0341/555-0100', '0049 341/555-0100'],
    ['(0341) 555 0100', '0049 341 555 0100'],
    ['  +49 345 555 0536 ', '0049 345 555 0536'],
    ['+420 123 456 789', '00420 123 456 789'],
    ['+420123456789', '00 420123456789'],
  ])('writes %j as %j', (phone, expected) => {
    expect(internationalPhone(phone)).toBe(expected);
  });

  it('leaves what is no phone number to the formula guard', () => {
    expect(internationalPhone('=1+1')).toBe('=1+1');
    expect(internationalPhone('auf Anfrage')).toBe('auf Anfrage');
  });

  it('always leaves a space in it, so no spreadsheet reads it as a number', () => {
    for (const phone of ['+493415550100', '03415550100', '+420123456789']) {
      expect(internationalPhone(phone)).toMatch(/^00\d* \d/);
    }
  });
});
