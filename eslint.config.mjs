// @ts-check
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The pure core (model, engine, layout) decides everything and must run in any
// host: no office-js, no ExcelJS, no React, no Node built-ins.
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const pureCoreRestrictions = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'The pure core (model, engine, layout) must not use Node built-ins.' })),
  patterns: [
    { group: ['exceljs', 'exceljs/*'], message: 'ExcelJS belongs in src/xlsx, not in the pure core.' },
    { group: ['office-js', '@microsoft/office-js', '@types/office-js'], message: 'office-js belongs in src/excel, not in the pure core.' },
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@fluentui/*'], message: 'React belongs in src/taskpane, not in the pure core.' },
    { group: ['**/xlsx/**', '**/excel/**', '**/cli/**', '**/taskpane/**'], message: 'Imports point downward: the pure core must not import the shells.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'coverage/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.mjs'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/model/**/*.ts', 'src/engine/**/*.ts', 'src/layout/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', pureCoreRestrictions] },
  },
);
