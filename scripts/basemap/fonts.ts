/** Noto Sans woff2 files (latin + latin-ext, regular + bold) from @fontsource/noto-sans. */
import { basename, join } from 'node:path';
import {
  NOTO_SANS_FILES,
  NOTO_SANS_UNICODE_RANGES,
  type NotoSansSubset,
} from '../../src/lib/map/basemap-style.ts';
import { copyBinary, writeText, type SourceFolder, type WrittenFile } from './io.ts';

const PKG = '@fontsource/noto-sans';

export function copyFonts(src: SourceFolder, publicDir: string): WrittenFile[] {
  const unicode = src.readJson(PKG, 'unicode.json') as Record<string, string>;
  for (const subset of Object.keys(NOTO_SANS_UNICODE_RANGES) as NotoSansSubset[]) {
    if (unicode[subset] !== NOTO_SANS_UNICODE_RANGES[subset]) {
      throw new Error(
        `${PKG} ${src.version(PKG)}: the "${subset}" unicode range changed; update NOTO_SANS_UNICODE_RANGES in src/lib/map/basemap-style.ts to\n  ${unicode[subset]}`,
      );
    }
  }
  const written: WrittenFile[] = [];
  for (const weight of Object.values(NOTO_SANS_FILES)) {
    for (const file of Object.values(weight)) {
      written.push(copyBinary(src.packagePath(PKG, join('files', basename(file))), join(publicDir, file)));
    }
  }
  written.push(copyBinary(src.packagePath(PKG, 'LICENSE'), join(publicDir, 'fonts', 'OFL.txt')));
  written.push(
    writeText(
      join(publicDir, 'fonts', 'README.md'),
      `# Fonts\n\nNoto Sans (regular 400 and bold 700; latin and latin-ext subsets) from ${PKG} ${src.version(PKG)},\nlicensed under the SIL Open Font License 1.1 (see OFL.txt). Copied by \`npm run basemap:build\`.\nThe offline basemap style declares them in its \`font-faces\` entry as "Noto Sans Regular" and "Noto Sans Bold".\n`,
    ),
  );
  return written;
}
