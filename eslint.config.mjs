// Lint rules, including the architecture boundaries of DESIGN.md §3 so a crossing fails CI.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import repoOwnsCollections from './eslint-rules/repo-owns-collections.mjs';
import { collectionExemptions } from './eslint-rules/collection-exemptions.mjs';

const platformImports = [
  '@tarojs/*',
  'wx-server-sdk',
  'react',
  'react-dom',
  'zustand',
  'node:*',
  'better-sqlite3',
  'fs',
  'path',
  'crypto',
];

/** No import climbs more than two levels: the aliases @core/, @/ (src) and @tests/ reach across the tree. */
const climbing = {
  group: ['../../../*'],
  message: 'import through @core/, @/ or @tests/ instead of climbing 3+ levels',
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.data', 'cloudfunctions/build', 'coverage', '**/*.js', '!eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: [climbing] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // core/ is the pure domain: no platform, no hidden clock or randomness.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: platformImports, message: 'core/ is platform-free' }, climbing] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'core/ takes time from deps.clock',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core/ takes time from deps.clock',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'core/ takes ids from deps.ids',
        },
      ],
    },
  },
  {
    // Only src/services talks to the network or the cloud.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/services/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Taro', property: 'cloud', message: 'call through src/services' },
        { object: 'Taro', property: 'request', message: 'call through src/services' },
        { object: 'wx', property: 'cloud', message: 'call through src/services' },
      ],
    },
  },
  {
    // Each feature's repository is the only place that names its collections (docs/ARCHITECTURE.md).
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    plugins: { zd: { rules: { 'repo-owns-collections': repoOwnsCollections } } },
    rules: { 'zd/repo-owns-collections': ['error', { exemptions: collectionExemptions }] },
  },
);
