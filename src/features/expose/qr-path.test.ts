import { describe, expect, it } from 'vitest';
import { qrDrawing } from './qr-path';

describe('qrDrawing', () => {
  it('draws a deep link of 67 characters as version 5 (37 modules) with a 4-module quiet zone', () => {
    const { size, d } = qrDrawing('https://example.org/sites/plots/gf-lej-entwicklungsflaeche-nord-01');
    expect(size).toBe(37 + 8);
    // The three finder patterns: a run of seven dark modules at three corners of the code, …
    expect(d).toMatch(/^M4 4h7v1h-7z/);
    expect(d).toContain(`M${size - 11} 4h7v1h-7z`);
    expect(d).toContain(`M4 ${size - 5}h7v1h-7z`);
    // … hollow in their second row …
    expect(d).toContain('M4 5h1v1h-1zM10 5h1v1h-1z');
    // … and nothing in the quiet zone.
    expect(d).not.toMatch(/M[0-3] /);
    expect(d).not.toMatch(/M\d+ [0-3]h/);
  });

  it('grows with the text', () => {
    expect(qrDrawing('x'.repeat(200)).size).toBeGreaterThan(qrDrawing('x').size);
  });
});
