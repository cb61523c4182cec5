import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Module boundaries are part of the architecture, so lint enforces them:
 * - Nx tags: domain libs depend only on domain libs; web and api never import each other.
 * - Domain libs stay pure: no Nest, TypeORM, React, Formily UI or file system.
 */
const FRAMEWORK = 'Domain libs are framework-free: wrap them in an api service instead.';
const IO = 'Domain libs do no I/O: take text or data as an argument; persistence belongs to apps/api.';
const UI = 'Domain libs are UI-free: React, antd and Formily UI belong to apps/web.';
const DOMAIN_BANNED = {
  paths: [
    ...['typeorm', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({ name, message: IO })),
    ...['react', 'react-dom', 'antd', '@formily/react', '@formily/antd-v5', '@formily/antd'].map((name) => ({ name, message: UI })),
  ],
  patterns: [
    { group: ['@nestjs/*'], message: FRAMEWORK },
    { group: ['typeorm/*'], message: IO },
    { group: ['react-dom/*', 'antd/*', '@formily/antd-v5/*'], message: UI },
  ],
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/tmp/**', '**/.nx/**', '**/*.mjs', '**/*.mts', '**/*.cjs', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared', 'scope:tools'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: conditions run through the CEL evaluator.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: conditions run through the CEL evaluator.' },
      ],
    },
  },
  {
    files: ['libs/policy-model/**/*.ts', 'libs/policy-runtime/**/*.ts', 'libs/calendar/**/*.ts', 'libs/permissions/**/*.ts', 'libs/api-contract/**/*.ts', 'libs/policy-testing/**/*.ts', 'libs/policy-compare/**/*.ts', 'libs/audit-chain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', DOMAIN_BANNED] },
  },
  {
    // Nest's dependency injection reads constructor parameter types at runtime: keep those imports as values.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
