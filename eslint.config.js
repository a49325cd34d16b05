import babelParser from '@babel/eslint-parser';
import js from '@eslint/js';
import globals from 'globals';

import syncLens from './lint/plugin.js';

// TypeScript 7 (the native compiler) has no JavaScript API, which typescript-eslint's parser needs; Babel's parser
// reads TypeScript and JSX on its own. Types are checked by `tsc`, so the rules that need them (unused and
// undefined names) are left to it.
const typescript = {
  parser: babelParser,
  parserOptions: {
    requireConfigFile: false,
    babelOptions: { babelrc: false, configFile: false, presets: ['@babel/preset-typescript'] },
  },
};

export default [
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'public/', 'docs/', 'coverage/'] },
  js.configs.recommended,
  {
    files: ['**/*.{js,ts,tsx}'],
    languageOptions: { ...typescript, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'sync-lens': syncLens },
    rules: {
      'no-unused-vars': 'off',
      'no-undef': 'off',
      'no-redeclare': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'sync-lens/no-cycle': 'error',
    },
  },
  {
    // The layers: lint/floors.js says which unit may import which.
    files: ['utils/**', 'components/**', 'entrypoints/**'],
    rules: { 'sync-lens/layers': 'error' },
  },
  {
    // Only the background serves messages: one door, which checks every request and its sender.
    files: ['utils/**', 'components/**', 'entrypoints/**'],
    ignores: ['entrypoints/background/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='onMessage']",
          message:
            'Only the background serves messages (entrypoints/background/serve.ts); pages ask (utils/messaging/ask.ts).',
        },
      ],
    },
  },
];
