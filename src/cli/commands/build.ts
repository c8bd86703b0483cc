import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatNumber } from '../../engine/display-numbers';
import { Decimal } from '../../engine/money';
import { validatePlan } from '../../engine/validate';
import { buildWorkbookLayout } from '../../layout/build-workbook-layout';
import { findingsAtCells } from '../../layout/findings-at-cells';
import { unreadColumns, type UnreadColumn } from '../../layout/read/unread-columns';
import { EDITABLE_TABLES, SHEET_NAMES } from '../../layout/tables';
import type { SheetRole } from '../../layout/workbook-layout';
import { formatLocation, type Finding } from '../../model/finding';
import { localise, localiseEach } from '../../model/messages/catalogue';
import { writeWorkbook } from '../../xlsx/write-workbook';
import { parseArgs } from '../args';
import { cliMessages } from '../cli.messages';
import type { CliIo, Lang } from '../io';
import { loadInput, problemsError, type LoadedInput } from '../load-input';
import { UsageError, usageError } from '../usage-error';
import { writeOutputFile } from '../write-output';

/**
 * plansheets build <plan.json|workbook.xlsx> -o <out.xlsx>: the plan's
 * workbook, with every finding on Tarkistukset linked to its cell. From a
 * workbook it is a rebuild: the editable tables as people left them, the
 * derived sheets made anew. A rebuild never drops what someone typed: it is
 * refused while a row or value of the source cannot be read, and it never
 * writes over the source file.
 */
export async function buildCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs('build', argv, [
    { name: 'out', alias: 'o' },
    { name: 'lang', choices: ['fi', 'en'] },
  ]);
  const [file, extra] = args.positionals;
  const out = args.options.out;
  if (file === undefined) throw usageError(cliMessages, 'usage.missing-argument', { command: 'build', what: '<plan.json|workbook.xlsx>' });
  if (typeof out !== 'string') throw usageError(cliMessages, 'usage.missing-argument', { command: 'build', what: '-o <out.xlsx>' });
  if (extra !== undefined) throw usageError(cliMessages, 'usage.extra-argument', { command: 'build', argument: extra });
  if (resolve(out) === resolve(file)) throw usageError(cliMessages, 'build.same-file', { file });
  const lang = (args.options.lang ?? 'fi') as Lang;

  const started = performance.now();
  const input = await loadInput(file);
  const notes = input.kind === 'workbook' ? rebuildNotes(input, file, lang) : [];
  const findings = validatePlan(input.plan);
  const layout = buildWorkbookLayout(input.plan, findingsAtCells(input.plan, findings));
  const buffer = await writeWorkbook(layout);
  await writeOutputFile(out, buffer);
  const seconds = formatNumber(new Decimal(performance.now() - started).div(1000), lang, 1);

  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  const message = localise(cliMessages, 'build.written', {
    file: out,
    sheets: layout.sheets.filter((s) => !s.hidden).length,
    kilobytes: Math.round(buffer.length / 1024),
    seconds,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  });
  io.stdout([...notes, message[lang]].map((line) => `${line}\n`).join(''));
  return count('error') > 0 ? 1 : 0;
}

/**
 * What a rebuild must say before it writes: it stops when reading left
 * anything out, or when a table holds columns someone added (those would be
 * lost), and it lists the findings of the read that it carries on (a derived
 * formula overwritten by a constant is made a formula again), the sheets it
 * does not carry over, and the renamed sheets whose tables it puts back
 * under their own names.
 */
function rebuildNotes(input: Extract<LoadedInput, { kind: 'workbook' }>, file: string, lang: Lang): string[] {
  const blocking = input.readFindings.filter((f) => f.severity === 'error');
  if (blocking.length > 0) throw problemsError('build.unsafe-rebuild', file, blocking);
  const unread = unreadColumns(input.grid, input.plan.language);
  if (unread.length > 0) throw unreadColumnsError(file, unread);
  const ours = new Set(Object.values(SHEET_NAMES).flatMap((name) => [name.fi, name.en]));
  const tableRoles = new Map<string, SheetRole>(EDITABLE_TABLES.map((t) => [t.name.toLowerCase(), t.role]));
  const sheetNotes = input.grid.sheets
    .filter((sheet) => !ours.has(sheet.name))
    .map((sheet) => {
      // A sheet renamed in Excel is still found by its tables, and its tables are carried.
      const role = sheet.tables.map((t) => tableRoles.get(t.name.toLowerCase())).find((r) => r !== undefined);
      return role === undefined
        ? localise(cliMessages, 'build.sheet-not-carried', { sheet: sheet.name, file })[lang]
        : localise(cliMessages, 'build.sheet-renamed', { sheet: sheet.name, name: SHEET_NAMES[role][input.plan.language] })[lang];
    });
  return [...input.readFindings.map((f: Finding) => `[${f.rule}] ${formatLocation(f.location)}: ${f.message[lang]}`), ...sheetNotes];
}

function unreadColumnsError(file: string, columns: readonly UnreadColumn[]): UsageError {
  return new UsageError(
    localiseEach(cliMessages, 'build.unread-columns', (lang) => ({
      file,
      columns: columns
        .map((c) => localise(cliMessages, 'build.unread-column', { location: formatLocation(c), header: c.header, table: c.table })[lang])
        .join('; '),
    })),
  );
}
