import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The layers (model ← engine ← layout ← app ← adapters) and the core's
 * independence of any host are enforced by the lint configuration; this test
 * proves every rule bites by linting probe files laid out like the project's
 * folders. ESLint runs as
 * a child process, once, because it loads its config with a dynamic import
 * that jest's module sandbox does not allow.
 */
const ROOT = join(__dirname, '../..');

const probe = (from: string): string => `import { x as y } from '${from}';\nexport const x = y;\n`;

/** One probe per rule: a file in a folder importing what that folder may not. */
const forbidden: Array<[string, string, RegExp]> = [
  ['src/model/a.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", /Node built-ins/],
  ['src/engine/b.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n", /Node built-ins/],
  ['src/engine/c.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", /ExcelJS belongs in src\/xlsx/],
  ['src/layout/d.ts', "import * as React from 'react';\nexport const x = React;\n", /React belongs in src\/taskpane/],
  ['src/layout/e.ts', probe('@fluentui/react-components'), /React belongs/],
  ['src/layout/f.ts', probe('@microsoft/office-js'), /office-js belongs in src\/excel/],
  ['src/app/g.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n", /Node built-ins/],
  ['src/model/h.ts', probe('../engine/money'), /model must not import/],
  ['src/engine/i.ts', probe('../layout/a1'), /engine must not import/],
  ['src/engine/j.ts', probe('../xlsx/write-workbook'), /Imports point downward/],
  ['src/layout/k.ts', probe('../app/lay-out-plan'), /layout must not import/],
  ['src/layout/sheets/l.ts', probe('../../app/ports'), /layout must not import/],
  ['src/app/m.ts', probe('../xlsx/write-workbook'), /app must not import/],
  ['src/app/n.ts', probe('../excel/writer'), /app must not import/],
  ['src/app/o.ts', probe('../cli/main'), /app must not import/],
  ['src/xlsx/p.ts', probe('../excel/writer'), /xlsx \(an adapter\) must not import/],
  ['src/xlsx/q.ts', probe('../cli/main'), /xlsx \(an adapter\) must not import/],
  ['src/excel/r.ts', probe('../xlsx/write-workbook'), /excel \(an adapter\) must not import/],
  ['src/excel/s.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n", /Node built-ins/],
  ['src/excel/t.ts', probe('exceljs'), /ExcelJS belongs/],
  ['src/cli/u.ts', probe('../excel/writer'), /cli \(a shell\) must not import/],
  ['src/cli/v.ts', probe('../taskpane/App'), /cli \(a shell\) must not import/],
  ['src/taskpane/w.ts', probe('../xlsx/write-workbook'), /taskpane \(a shell\) must not import/],
  ['src/taskpane/x.ts', probe('../cli/main'), /taskpane \(a shell\) must not import/],
  ['src/layout/read/y.ts', probe('../sheets/summary-sheet'), /never imports them/],
  ['src/layout/read/z.ts', probe('../lay-out-workbook'), /never imports them/],
  ['src/layout/sheets/aa.ts', probe('../read/read-plan'), /they never import it/],
  ['src/layout/schema/ab.ts', probe('../read/table-rows'), /they never import it/],
  ['src/taskpane/ac.ts', probe('../excel/fake-host'), /fake Excel host is for tests and src\/preview only/],
  ['src/preview/ad.ts', probe('../xlsx/write-workbook'), /preview \(a browser shell\) must not import/],
  ['src/preview/ae.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n", /Node built-ins/],
];

/** What each layer may import: the layers below it, and its own host. */
const allowed: Array<[string, string]> = [
  ['src/engine/ba.ts', "import Decimal from 'decimal.js';\nexport const x = Decimal;\n"],
  ['src/layout/bb.ts', "import { z } from 'zod';\nexport const x = z;\n"],
  ['src/layout/read/bc.ts', probe('../schema/tables')],
  ['src/layout/sheets/bd.ts', probe('../schema/tables')],
  ['src/app/be.ts', probe('../layout/lay-out-workbook')],
  ['src/cli/bf.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
  ['src/cli/bg.ts', probe('../xlsx/write-workbook')],
  ['src/xlsx/bh.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n"],
  ['src/xlsx/bi.ts', probe('../app/ports')],
  ['src/excel/bj.ts', probe('../app/ports')],
  ['src/taskpane/bk.ts', probe('../excel/writer')],
  ['src/taskpane/bl.ts', probe('@fluentui/react-components')],
  ['src/preview/bm.ts', probe('../excel/fake-host')],
  ['src/preview/bn.ts', probe('../taskpane/App')],
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

describe('the layer rules', () => {
  it.each(forbidden)('%s may not import what it imports', (file, _code, message) => {
    const messages = messagesByFile.get(file) ?? [];
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each(allowed)('%s may import what it needs', (file) => {
    expect(messagesByFile.get(file)).toEqual([]);
  });
});
