import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.tmp/**',
      // Generated output, committed as golden files.
      'examples/blog/src/**',
      'examples/blog/variants/*/src/**',
      'examples/datastore/src/**',
      'examples/build-tooling/generated/**',
      'examples/vite-react/src/API.ts',
      'examples/vite-react/src/graphql/**',
      'examples/vite-react/dist/**',
      'examples/**/__generated__/**',
      'bench/results/**',
      'fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
