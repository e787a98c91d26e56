import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'coverage', 'data'] },
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
      // Features never import each other; app/ composes them (bulletproof-react).
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
);
