import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/**
 * The exposé as a printed PDF: Chromium's `page.pdf` in print media, then poppler-utils
 * (`pdfinfo`, `pdftotext`, `pdftoppm`) read it back. Files go to test-results/.
 */
export interface PrintedExpose {
  pdf: string;
  pages: number;
  text: string;
  images: string[];
}

const RESULTS = fileURLToPath(new URL('../../../test-results/', import.meta.url));

const run = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8' });

/** Prints the open page on A4 and reads the PDF back as page count, text and 60 dpi PNGs. */
export async function printExpose(page: Page, name: string): Promise<PrintedExpose> {
  mkdirSync(RESULTS, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.locator('.context-map[data-ready="true"]').waitFor({ state: 'attached' });
  const pdf = `${RESULTS}expose-${name}.pdf`;
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
  const text = run('pdftotext', [pdf, '-']);
  const prefix = `${RESULTS}expose-${name}`;
  run('pdftoppm', ['-r', '60', '-png', pdf, prefix]);
  const images = readdirSync(RESULTS)
    .filter((f) => f.startsWith(`expose-${name}-`) && f.endsWith('.png'))
    .map((f) => RESULTS + f);
  return { pdf, pages, text, images };
}

/** Words of the PDF whose box reaches past the page's side margins (A4, 12 mm). */
export function wordsOutsideMargins(pdf: string, marginMm = 12): string[] {
  const html = run('pdftotext', ['-bbox', pdf, '-']);
  const page = /<page width="([\d.]+)"/.exec(html);
  const width = Number(page?.[1] ?? 595.28);
  const margin = (marginMm / 25.4) * 72 - 1;
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</g)];
  return words
    .filter(([, x0, x1]) => Number(x0) < margin || Number(x1) > width - margin)
    .map(([, , , word]) => word ?? '');
}
