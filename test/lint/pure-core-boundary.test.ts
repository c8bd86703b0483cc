import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The pure core (model, engine, layout) decides everything and runs in any
 * host. The lint configuration enforces that; this test proves the rule bites
 * by linting probe files laid out like the project's folders. ESLint runs as
 * a child process, once, because it loads its config with a dynamic import
 * that jest's module sandbox does not allow.
 */
const ROOT = join(__dirname, '../..');

const forbidden: Array<[string, string, RegExp]> = [
  ['src/model/a.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", /Node built-ins/],
  ['src/engine/b.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n", /Node built-ins/],
  ['src/engine/c.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", /ExcelJS belongs in src\/xlsx/],
  ['src/layout/d.ts', "import * as React from 'react';\nexport const x = React;\n", /React belongs in src\/taskpane/],
  ['src/layout/e.ts', "import { x as y } from '@fluentui/react-components';\nexport const x = y;\n", /React belongs/],
  ['src/layout/f.ts', "import { x as y } from 'office-js';\nexport const x = y;\n", /office-js belongs in src\/excel/],
  ['src/engine/g.ts', "import { writeWorkbook } from '../xlsx/write-workbook';\nexport const x = writeWorkbook;\n", /Imports point downward/],
];

const allowed: Array<[string, string]> = [
  ['src/engine/h.ts', "import Decimal from 'decimal.js';\nexport const x = Decimal;\n"],
  ['src/layout/i.ts', "import { z } from 'zod';\nexport const x = z;\n"],
  ['src/cli/j.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
  ['src/xlsx/k.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n"],
];

let messagesByFile: Map<string, string[]>;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'plansheets-lint-'));
  for (const [file, code] of [...forbidden, ...allowed]) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), code);
  }
  let output: string;
  try {
    output = execFileSync(join(ROOT, 'node_modules/.bin/eslint'), ['--config', join(ROOT, 'eslint.config.mjs'), '--format', 'json', 'src'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (error) {
    // ESLint exits 1 when it finds problems, which is what this test expects.
    output = (error as { stdout: string }).stdout;
  }
  const results = JSON.parse(output) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string }> }>;
  messagesByFile = new Map(
    results.map((r) => [
      r.filePath.slice(dir.length + 1),
      r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message),
    ]),
  );
}, 60_000);

describe('the pure-core import boundary', () => {
  it.each(forbidden)('%s may not import what it imports', (file, _code, message) => {
    const messages = messagesByFile.get(file) ?? [];
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each(allowed)('%s may import what it needs', (file) => {
    expect(messagesByFile.get(file)).toEqual([]);
  });
});
