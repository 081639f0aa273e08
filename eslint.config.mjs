import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

/** kebab-case, as a glob for eslint-plugin-check-file: `skill-page`, `v1`. */
const KEBAB = '+([a-z0-9])*(-+([a-z0-9]))';
/** A name with the role suffix its folder asks for, and its unit test beside it. */
const withRole = (roles) => `${KEBAB}.@(${roles.join('|')})?(.spec)`;

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      'coverage/**',
      'test-results/**',
      'web/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      // Packages meet through their names only (CONTRIBUTING.md, Tests): a service's public entry
      // is its app definition, a library's its index.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(services/[^/]+|gateway|libs/[^/]+)/',
              message: 'Import another package by its name (@skillproof/<name>), never by a path into it.',
            },
            {
              regex: '^(\\.\\./){2,}[a-z-]+/(src|test|dist)(/|$)',
              message: 'Import another package by its name (@skillproof/<name>), never its src/, test/ or dist/.',
            },
            {
              regex: '^@skillproof/[^/]+/',
              message: 'Import a package by its name only, never a file inside it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Errors are made through DomainError's factories, so the status follows from the kind of mistake.
    files: ['services/**/*.ts', 'gateway/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='DomainError']",
          message: 'Use a DomainError factory (invalid, conflict, ruleBroken, ...): the status follows from the kind.',
        },
      ],
    },
  },
  {
    // Naming and layout (CONTRIBUTING.md): kebab-case files and folders, with the role suffix
    // their folder asks for.
    files: ['libs/*/src/**/*.ts', 'services/*/src/**/*.ts', 'gateway/src/**/*.ts', '**/test/**/*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
      'check-file/filename-naming-convention': [
        'error',
        {
          'services/*/src/*.ts': `@(main|app.module|app.definition)`,
          'services/*/src/handlers/*.ts': withRole(['handler']),
          'services/*/src/consumers/*.ts': withRole(['consumer', 'guard']),
          'services/*/src/clients/*.ts': withRole(['client']),
          'services/*/src/services/*.ts': withRole(['service', 'rule', 'policy', 'util', 'views']),
          'services/*/src/repositories/*.ts': withRole(['repository', 'sql']),
          'services/*/src/entities/*.ts': `@(${withRole(['entity'])}|index)`,
          'services/*/src/migrations/*.ts': `@(+([0-9])-${KEBAB}|index)`,
          'services/*/src/config/*.ts': withRole(['config']),
          '@(services/*|gateway)/test/*.ts': withRole(['int', 'util']),
          '**/*.ts': `${KEBAB}*(.${KEBAB})`,
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
);
