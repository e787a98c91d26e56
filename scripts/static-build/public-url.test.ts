// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absolutePreviewTags } from './public-url';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

describe('preview tags with VITE_PUBLIC_URL', () => {
  it('makes og:image and twitter:image absolute and adds og:url', () => {
    const out = absolutePreviewTags(html, 'https://standorte.example.org/');
    expect(out).toContain(
      '<meta property="og:image" content="https://standorte.example.org/og-image.png" />',
    );
    expect(out).toContain(
      '<meta name="twitter:image" content="https://standorte.example.org/og-image.png" />',
    );
    expect(out).toContain('<meta property="og:url" content="https://standorte.example.org/" />');
  });

  it('leaves the page as it is without a usable address', () => {
    expect(absolutePreviewTags(html, undefined)).toBe(html);
    expect(absolutePreviewTags(html, '')).toBe(html);
    expect(absolutePreviewTags(html, 'javascript:alert(1)')).toBe(html);
  });
});
