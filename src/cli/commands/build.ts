import { basename, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatNumber } from '../../engine/display-numbers';
import { Decimal } from '../../engine/money';
import { changesSheetFor, layOutPlanComparedWith, type EarlierVersion } from '../../app/compare-plans';
import { layOutPlan } from '../../app/lay-out-plan';
import { rebuildWorkbook } from '../../app/rebuild-workbook';
import type { LaidOutWorkbook } from '../../layout/lay-out-workbook';
import type { UnreadColumn } from '../../layout/read/unread-columns';
import type { UnreadContent } from '../../layout/sheet-grid';
import { formatLocation } from '../../model/finding';
import { localise, localiseEach } from '../../model/messages/catalogue';
import { writeWorkbook } from '../../xlsx/write-workbook';
import { parseArgs } from '../args';
import { cliMessages } from '../cli.messages';
import { diffMessages } from '../diff.messages';
import type { CliIo, Lang } from '../io';
import { loadInput, problemsError, type LoadedInput } from '../load-input';
import { UsageError, usageError } from '../usage-error';
import { writeOutputFile } from '../write-output';
import { LANGUAGES } from '../../model/language';

/**
 * plansheets build <plan.json|workbook.xlsx> -o <out.xlsx>: the plan's
 * workbook, with every finding on Tarkistukset linked to its cell. From a
 * workbook it is a rebuild: the editable tables as people left them, the
 * derived sheets made anew. A rebuild never drops what someone typed: it is
 * refused while a row or value of the source cannot be read, and it never
 * writes over the source file. With --compare <old> (a plan file or a
 * workbook) the workbook also has Muutokset, the changes since that version.
 */
export async function buildCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs('build', argv, [
    { name: 'out', alias: 'o' },
    { name: 'lang', choices: LANGUAGES },
    { name: 'compare' },
  ]);
  const [file, extra] = args.positionals;
  const out = args.options.out;
  const compare = args.options.compare;
  if (file === undefined) throw usageError(cliMessages, 'usage.missing-argument', { command: 'build', what: '<plan.json|workbook.xlsx>' });
  if (typeof out !== 'string') throw usageError(cliMessages, 'usage.missing-argument', { command: 'build', what: '-o <out.xlsx>' });
  if (extra !== undefined) throw usageError(cliMessages, 'usage.extra-argument', { command: 'build', argument: extra });
  if (resolve(out) === resolve(file)) throw usageError(cliMessages, 'build.same-file', { file });
  if (typeof compare === 'string' && resolve(out) === resolve(compare)) throw usageError(diffMessages, 'build.compare-same-file', { file: out });
  const lang = (args.options.lang ?? LANGUAGES[0]) as Lang;

  const started = performance.now();
  const input = await loadInput(file);
  const compareWith: EarlierVersion | undefined = typeof compare === 'string' ? { label: basename(compare), plan: (await loadInput(compare)).plan } : undefined;
  const { laidOut, notes } =
    input.kind === 'workbook'
      ? rebuilt(input, file, lang, compareWith)
      : { laidOut: compareWith ? layOutPlanComparedWith(input.plan, compareWith) : layOutPlan(input.plan), notes: [] };
  const findings = laidOut.findings;
  const layout = laidOut.layout;
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
 * A rebuild, or the reason it is refused (one usage line naming the cells),
 * and the lines it says before it writes: the findings of the read that it
 * carries on (a derived formula overwritten by a constant is made a formula
 * again), the sheets it does not carry over, and the renamed sheets whose
 * tables it puts back under their own names.
 */
function rebuilt(
  input: Extract<LoadedInput, { kind: 'workbook' }>,
  file: string,
  lang: Lang,
  compareWith: EarlierVersion | undefined,
): { laidOut: LaidOutWorkbook; notes: string[] } {
  const changes = compareWith ? changesSheetFor(input.reading.plan, compareWith) : undefined;
  const rebuild = rebuildWorkbook(input.reading, input.grid, changes ? { changes } : {});
  if (!rebuild.ok) {
    if (rebuild.refusal === 'unread-values') throw problemsError('build.unsafe-rebuild', file, rebuild.problems);
    throw unreadColumnsError(file, rebuild.columns);
  }
  const notes = rebuild.notes.map((note) => {
    switch (note.kind) {
      case 'finding':
        return `[${note.finding.rule}] ${formatLocation(note.finding.location)}: ${note.finding.message[lang]}`;
      case 'sheet-not-carried':
        return localise(cliMessages, 'build.sheet-not-carried', { sheet: note.sheet, file })[lang];
      case 'sheet-renamed':
        return localise(cliMessages, 'build.sheet-renamed', { sheet: note.sheet, name: note.name })[lang];
      case 'changes-not-carried':
        return localise(diffMessages, 'build.changes-not-carried', { sheet: note.sheet })[lang];
      case 'content-not-carried':
        return contentNote(note.content, file, lang);
    }
  });
  return { laidOut: rebuild.laidOut, notes };
}

/** "Note: the sheet X has a chart ("Title"), not carried into the new workbook …" */
function contentNote(content: UnreadContent, file: string, lang: Lang): string {
  if (content.kind === 'macros') return localise(cliMessages, 'build.macros-not-carried', { file })[lang];
  const what =
    content.kind === 'chart'
      ? content.title === ''
        ? localise(cliMessages, 'content.chart-untitled')[lang]
        : localise(cliMessages, 'content.chart', { title: content.title })[lang]
      : localise(cliMessages, CONTENT_KEYS[content.kind][content.count === 1 ? 0 : 1], { count: content.count })[lang];
  return localise(cliMessages, 'build.content-not-carried', { sheet: content.sheet, what, file })[lang];
}

const CONTENT_KEYS = {
  picture: ['content.picture', 'content.pictures'],
  comments: ['content.comment', 'content.comments'],
  'pivot-table': ['content.pivot-table', 'content.pivot-tables'],
} as const;

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
