// @vitest-environment node
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js (docs/decisions/0013) stop a deliberate violation.
 * The zones compare resolved files, so every import below names a file that exists: an import
 * that does not resolve is never reported.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}eslint.config.js` });

const SHORTLIST = 'src/features/shortlist/shortlist-store.ts';
const GEO = 'src/lib/geo/nearest-point.ts';
const FIXTURES = 'tests/support/site-fixtures.ts';

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? [])
    .filter((m) => m.fatal || m.ruleId?.startsWith('import-x/'))
    .map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

const restricted = expect.arrayContaining([expect.stringMatching(/^import-x\/no-restricted-paths:/)]);

describe('layer rules', { timeout: 60_000 }, () => {
  it('names import targets that exist', () => {
    for (const file of [SHORTLIST, GEO, FIXTURES, 'src/config/app-config.ts', 'src/contract/site-key.ts']) {
      expect(existsSync(`${root}${file}`), file).toBe(true);
    }
  });

  it('keeps src/contract free of the app, by alias and by relative path', async () => {
    expect(await importErrors('src/contract/x.ts', "export * from '@/lib/geo/nearest-point';")).toEqual(
      restricted,
    );
    expect(await importErrors('src/contract/x.ts', "export * from '../config/app-config';")).toEqual(
      restricted,
    );
  });

  it('stops lib from importing a feature', async () => {
    expect(
      await importErrors('src/lib/sites/x.ts', "export * from '@/features/shortlist/shortlist-store';"),
    ).toEqual(restricted);
  });

  it('stops a feature from importing another feature', async () => {
    expect(
      await importErrors('src/features/compare/x.ts', "export * from '../shortlist/shortlist-store';"),
    ).toEqual(restricted);
  });

  it('stops a component from importing a feature', async () => {
    expect(
      await importErrors('src/components/x.tsx', "export * from '@/features/shortlist/shortlist-store';"),
    ).toEqual(restricted);
  });

  it('stops production code, but not a test, from importing tests/', async () => {
    const code = "export * from '../../../tests/support/site-fixtures';";
    expect(await importErrors('src/lib/sites/x.ts', code)).toEqual(restricted);
    expect(await importErrors('src/lib/sites/x.test.ts', code)).toEqual([]);
  });

  it('stops a mock from importing a feature', async () => {
    expect(
      await importErrors('mocks/x.ts', "export * from '../src/features/shortlist/shortlist-store';"),
    ).toEqual(restricted);
  });

  it('lets a feature import lib, contract and itself', async () => {
    const code = [
      "export * from '@/lib/geo/nearest-point';",
      "export * from '@/contract/site-key';",
      "export * from './compare-rows';",
    ].join('\n');
    expect(await importErrors('src/features/compare/x.ts', code)).toEqual([]);
  });

  describe('a cycle between two files on disk', () => {
    const dir = `${root}src/lib/__lint_cycle_tmp__`;
    beforeAll(() => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        `${dir}/a.ts`,
        "import { b } from '@/lib/__lint_cycle_tmp__/b';\nexport const a = () => b;\n",
      );
      writeFileSync(`${dir}/b.ts`, "import { a } from './a';\nexport const b = () => a;\n");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is an error', async () => {
      const [result] = await eslint.lintFiles([`${dir}/a.ts`]);
      expect(result?.messages.map((m) => m.ruleId)).toEqual(['import-x/no-cycle']);
    });
  });
});
