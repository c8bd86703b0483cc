// @ts-check
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers: model ← engine ← layout ← app ← {xlsx, excel, cli, taskpane}.
 * Imports point downward only. The core (model, engine, layout, app) decides
 * everything and runs in any host: no office-js, no ExcelJS, no React, no
 * Node built-ins. The adapters never import each other, except that each
 * shell composes the app with its host: cli with xlsx, taskpane with excel.
 * Inside layout, the sheet writers and the reader share the sheet schema
 * (layout/schema) and never import each other.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const NO_NODE = nodeBuiltins.map((name) => ({ name, message: 'The core and the browser adapters must not use Node built-ins.' }));
const NO_EXCELJS = { group: ['exceljs', 'exceljs/*'], message: 'ExcelJS belongs in src/xlsx.' };
const NO_OFFICE = { group: ['office-js', '@microsoft/office-js', '@microsoft/office-js/*'], message: 'office-js belongs in src/excel.' };
const NO_REACT = { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@fluentui/*'], message: 'React belongs in src/taskpane.' };

/** A pattern for imports of a folder of src, by relative path from anywhere. */
const folder = (name) => [`**/${name}`, `**/${name}/**`];
const upward = (names, layer) => ({
  group: names.flatMap(folder),
  message: `Imports point downward (model ← engine ← layout ← app ← adapters): ${layer} must not import ${names.join(', ')}.`,
});
const ADAPTERS = ['xlsx', 'excel', 'cli', 'taskpane'];
/** The fake Excel host is for tests and the browser preview (src/preview), never the production pane. */
const NO_FAKE_HOST = { group: folder('fake-host'), message: 'The fake Excel host is for tests and src/preview only, never the production pane.' };

/** Restrictions per folder; later entries do not override earlier ones, each folder gets exactly one entry. */
const layers = [
  ['src/model/**/*.ts', { paths: NO_NODE, patterns: [NO_EXCELJS, NO_OFFICE, NO_REACT, upward(['engine', 'layout', 'app', ...ADAPTERS], 'model')] }],
  ['src/engine/**/*.ts', { paths: NO_NODE, patterns: [NO_EXCELJS, NO_OFFICE, NO_REACT, upward(['layout', 'app', ...ADAPTERS], 'engine')] }],
  [
    'src/layout/read/**/*.ts',
    {
      paths: NO_NODE,
      patterns: [
        NO_EXCELJS,
        NO_OFFICE,
        NO_REACT,
        upward(['app', ...ADAPTERS], 'layout'),
        { group: [...folder('sheets'), '**/sheet-builder', '**/lay-out-workbook'], message: 'The reader shares the sheet schema (layout/schema) with the sheet writers; it never imports them.' },
      ],
    },
  ],
  [
    'src/layout/{sheets,schema}/**/*.ts',
    {
      paths: NO_NODE,
      patterns: [
        NO_EXCELJS,
        NO_OFFICE,
        NO_REACT,
        upward(['app', ...ADAPTERS], 'layout'),
        { group: folder('read'), message: 'The sheet writers share the sheet schema (layout/schema) with the reader; they never import it.' },
      ],
    },
  ],
  ['src/layout/*.ts', { paths: NO_NODE, patterns: [NO_EXCELJS, NO_OFFICE, NO_REACT, upward(['app', ...ADAPTERS], 'layout')] }],
  ['src/app/**/*.ts', { paths: NO_NODE, patterns: [NO_EXCELJS, NO_OFFICE, NO_REACT, upward(ADAPTERS, 'app')] }],
  ['src/xlsx/**/*.ts', { patterns: [NO_OFFICE, NO_REACT, upward(['excel', 'cli', 'taskpane'], 'xlsx (an adapter)')] }],
  ['src/excel/**/*.{ts,tsx}', { paths: NO_NODE, patterns: [NO_EXCELJS, NO_REACT, upward(['xlsx', 'cli', 'taskpane'], 'excel (an adapter)')] }],
  ['src/cli/**/*.ts', { patterns: [NO_OFFICE, NO_REACT, upward(['excel', 'taskpane'], 'cli (a shell)')] }],
  ['src/taskpane/**/*.{ts,tsx}', { paths: NO_NODE, patterns: [NO_EXCELJS, upward(['xlsx', 'cli'], 'taskpane (a shell)'), NO_FAKE_HOST] }],
  // The browser preview: the pane on the fake host, in a browser.
  ['src/preview/**/*.{ts,tsx}', { paths: NO_NODE, patterns: [NO_EXCELJS, upward(['xlsx', 'cli'], 'preview (a browser shell)')] }],
];

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
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  ...layers.map(([files, restrictions]) => ({
    files: [files],
    languageOptions: { globals: files.startsWith('src/excel') || files.startsWith('src/taskpane') || files.startsWith('src/preview') ? globals.browser : {} },
    rules: { 'no-restricted-imports': ['error', restrictions] },
  })),
);
