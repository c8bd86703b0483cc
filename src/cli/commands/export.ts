import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { formatNumber } from '../../engine/display-numbers';
import { Decimal } from '../../engine/money';
import { chooseAppendices, PRINT_LOCALES, workbookLanguage } from '../../app/appendices';
import { emptyTableRows } from '../../app/empty-tables';
import { gridFromLayout } from '../../layout/layout-grid';
import type { SheetGrid } from '../../layout/sheet-grid';
import { layOutPlan } from '../../app/lay-out-plan';
import { localise } from '../../model/messages/catalogue';
import type { Language } from '../../model/plan';
import { convertToPdf, findSoffice, LibreOfficeError, parseTimeLimitSeconds, TIME_LIMIT, TIME_LIMIT_VARIABLE } from '../../xlsx/libreoffice';
import { worksheetParts } from '../../xlsx/package-parts';
import { withOnlySheetsVisible } from '../../xlsx/printed-sheets';
import { readWorkbook } from '../../xlsx/read-workbook';
import { writeWorkbook } from '../../xlsx/write-workbook';
import { parseArgs } from '../args';
import { cliMessages } from '../cli.messages';
import type { CliIo, Lang } from '../io';
import { loadPlanFile, readInputFile } from '../load-plan-file';
import { usageError } from '../usage-error';
import { writeOutputFile } from '../write-output';
import { LANGUAGES } from '../../model/language';

/**
 * plansheets export <plan.json|workbook.xlsx> --pdf <out.pdf> [--sheets a,b|all]
 * [--timeout s]: council appendices as PDF. The PDF is made in a folder of
 * its own and then put in place whole, so the target never holds half a PDF.
 */
export async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs('export', argv, [
    { name: 'pdf' },
    { name: 'sheets' },
    { name: 'lang', choices: LANGUAGES },
    { name: 'timeout' },
  ]);
  const [file, extra] = args.positionals;
  const pdf = args.options.pdf;
  if (file === undefined) throw usageError(cliMessages, 'usage.missing-argument', { command: 'export', what: '<plan.json|workbook.xlsx>' });
  if (typeof pdf !== 'string') throw usageError(cliMessages, 'usage.missing-argument', { command: 'export', what: '--pdf <out.pdf>' });
  if (extra !== undefined) throw usageError(cliMessages, 'usage.extra-argument', { command: 'export', argument: extra });
  if (resolve(pdf) === resolve(file)) throw usageError(cliMessages, 'export.same-file', { file });
  const lang = (args.options.lang ?? LANGUAGES[0]) as Lang;
  const timeoutMs = timeLimitOption(args.options.timeout);
  // Say what is missing before doing any work.
  if (!findSoffice().found) throw usageError(cliMessages, 'export.no-libreoffice');

  const { workbook, language, grid } = await workbookOf(file);
  const available = (await worksheetParts(await JSZip.loadAsync(workbook))).filter((s) => s.state === 'visible').map((s) => s.name);
  const choice = chooseAppendices(available, requestedSheets(args.options.sheets));
  if (!choice.ok) throw usageError(cliMessages, 'export.unknown-sheet', { sheet: choice.unknown, available: choice.available.join(', ') });
  const sheets = choice.sheets;
  const printable = await withOnlySheetsVisible(workbook, sheets, emptyTableRows(grid, sheets));

  const work = await mkdtemp(join(tmpdir(), 'plansheets-export-'));
  try {
    const xlsx = join(work, 'appendices.xlsx');
    await writeFile(xlsx, printable);
    const made = join(work, 'appendices.pdf');
    const conversion = await convertToPdf(xlsx, made, { locale: PRINT_LOCALES[language], timeoutMs });
    await writeOutputFile(pdf, await readFile(made));
    const message = localise(cliMessages, 'export.written', { file: pdf, sheets: sheets.join(', '), seconds: formatNumber(new Decimal(conversion.elapsedMs).div(1000), lang, 1) });
    io.stdout(`${message[lang]}\n`);
    return 0;
  } catch (error) {
    if (error instanceof LibreOfficeError) {
      if (error.reason === 'not-installed') throw usageError(cliMessages, 'export.no-libreoffice');
      if (error.reason === 'timeout') {
        throw usageError(cliMessages, 'export.timeout', {
          seconds: Math.round((error.limitMs ?? 0) / 1000),
          floor: TIME_LIMIT.floorMs / 1000,
          perCell: TIME_LIMIT.perCellMs,
          variable: TIME_LIMIT_VARIABLE,
        });
      }
      throw usageError(cliMessages, 'export.failed', { detail: error.message });
    }
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The workbook to print and its language: a plan is laid out and written first; a workbook file is checked to be one. */
async function workbookOf(file: string): Promise<{ workbook: Buffer; language: Language; grid: SheetGrid }> {
  if (extname(file).toLowerCase() === '.json') {
    const plan = await loadPlanFile(file);
    const { layout } = layOutPlan(plan);
    return { workbook: await writeWorkbook(layout), language: plan.language, grid: gridFromLayout(layout) };
  }
  const buffer = await readInputFile(file);
  const read = await readWorkbook(buffer);
  if (!read.ok) throw usageError(cliMessages, 'workbook.unreadable', { file, detail: read.detail });
  return { workbook: buffer, language: workbookLanguage(read.grid), grid: read.grid };
}

/** --timeout in whole seconds; without it the limit scales with the workbook (src/xlsx/libreoffice.ts). */
function timeLimitOption(option: string | true | undefined): number | undefined {
  if (option === undefined) return undefined;
  const ms = typeof option === 'string' ? parseTimeLimitSeconds(option) : undefined;
  if (ms === undefined) throw usageError(cliMessages, 'export.bad-timeout', { value: String(option) });
  return ms;
}

/** --sheets names sheets as the workbook does (any letter case), or "all"; without it, the council appendices. */
function requestedSheets(option: string | true | undefined): 'all' | string[] | undefined {
  if (typeof option !== 'string') return undefined;
  if (option === 'all') return 'all';
  return option
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
