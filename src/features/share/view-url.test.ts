import { describe, expect, it } from 'vitest';
import { shareableViewUrl } from './view-url';

describe('shareable view URL', () => {
  it('keeps path, filters and hash, and leaves out lang', () => {
    expect(shareableViewUrl('https://x.org/?kind=plots&lang=en&state=SN,ST#map=8/51/12')).toBe(
      'https://x.org/?kind=plots&state=SN,ST#map=8/51/12',
    );
    expect(shareableViewUrl('https://x.org/sites/plots/gf-1?lang=de')).toBe('https://x.org/sites/plots/gf-1');
  });
});
