import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

// The layers of src/, low to high: a layer imports itself and the layers below it (docs/decisions/0013).
const layers = ['src/contract', 'src/config', 'src/lib', 'src/components', 'src/features', 'src/app'];
const top = 'src/main.tsx';
const tooling = ['tests', 'scripts', 'bench'];
const testFiles = ['**/*.test.{ts,tsx}', '**/*.bench.ts'];
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  {
    target: 'src/contract',
    from: '.',
    except: ['./src/contract', './node_modules'],
    message: 'src/contract is the lowest layer: it imports only itself and npm packages.',
  },
  ...layers.slice(1).map((target, i) => ({
    target,
    from: [...layers.slice(i + 2), top],
    message: `${target} may import only itself and ${layers.slice(0, i + 1).join(', ')} (the layers below it).`,
  })),
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: src/app composes them.',
  })),
  {
    target: 'src',
    from: tooling,
    message: 'Production code never imports tests/, scripts/ or bench/ (test files may).',
  },
  {
    target: layers,
    from: 'mocks',
    message: 'Only src/main.tsx starts the mock API.',
  },
  {
    target: 'mocks',
    from: [...layers.slice(1).filter((layer) => layer !== 'src/lib'), top, ...tooling],
    message: 'mocks/ imports only itself, src/contract and src/lib.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public',
      'coverage',
      'data',
      'src/contract/compiled-parse/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', '!maplibre-gl/dist/*'],
              message: 'Only src/lib/map/ talks to maplibre-gl: use the map modules there.',
            },
          ],
          paths: [
            {
              name: 'zod',
              allowTypeImports: true,
              message:
                "Import z from '@/contract/zod': it sets zod's CSP-safe mode before any schema exists.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/map/**', 'src/contract/zod.ts', 'tests/**', 'scripts/**', 'mocks/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Layers: relative paths and the @/ alias both resolve to files, and the zones compare files.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    ignores: testFiles,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${root}/tsconfig.base.json`, alwaysTryTypes: true }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
