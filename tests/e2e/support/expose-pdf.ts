import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

/** A command's output; throws with its message when it fails. */
export const run = (command: string, args: string[]): string =>
  execFileSync(command, args, { encoding: 'utf8' });

/** Prints the open page on A4 and reads the PDF back as page count, text and 60 dpi PNGs. */
export async function printExpose(page: Page, name: string): Promise<PrintedExpose> {
  mkdirSync(RESULTS, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.locator('.context-map[data-ready="true"]').waitFor({ state: 'attached' });
  await page.locator('.qr-code[data-ready="true"]').waitFor({ state: 'attached' });
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

/** zbarimg's exit status when the images hold no code. */
const ZBAR_NO_CODE = 4;

/**
 * The QR codes on the PDF's pages as a phone would read them: each page rendered at 150 dpi
 * (`pdftoppm`), decoded by ZBar's `zbarimg` (Debian zbar-tools). It exits with 4 when a page
 * holds no code, which is an answer (no codes); any other failure throws with zbarimg's message.
 */
export function scannedCodes(pdf: string): string[] {
  // Named apart from printExpose's page images (`expose-<name>-<n>.png`), which it counts.
  const prefix = join(dirname(pdf), `scan-${basename(pdf, '.pdf')}`);
  const dir = dirname(prefix);
  const scans = () =>
    readdirSync(dir)
      .filter((f) => f.startsWith(`${basename(prefix)}-`) && f.endsWith('.png'))
      .map((f) => join(dir, f));
  for (const stale of scans()) rmSync(stale); // an earlier run's pages, maybe more than now
  run('pdftoppm', ['-r', '150', '-png', pdf, prefix]);
  const pages = scans();
  const scan = spawnSync('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', ...pages], {
    encoding: 'utf8',
  });
  if (scan.error) throw scan.error; // zbarimg missing: apt-get install -y zbar-tools
  if (scan.status !== 0 && scan.status !== ZBAR_NO_CODE)
    throw new Error(`zbarimg failed (${scan.status ?? scan.signal}): ${scan.stderr.trim()}`);
  return scan.stdout.split('\n').filter(Boolean);
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
