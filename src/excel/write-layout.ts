/// <reference types="office-js" />
import { layOutPlan } from '../app/lay-out-plan';
import { pendingChunks, pendingPlan, planOfLayout, PENDING_FIRST_ROW } from '../app/pending-generation';
import { address, parseRange } from '../layout/a1';
import { checkLayout } from '../layout/check-layout';
import type { LaidOutWorkbook } from '../layout/lay-out-workbook';
import { gridFingerprint, hash53, layoutFingerprint } from '../layout/sheet-fingerprint';
import type { GridCell } from '../layout/sheet-grid';
import type { LayoutCell, SheetLayout, TableLayout, WorkbookLayout } from '../layout/workbook-layout';
import type { Language } from '../model/plan';
import type { CapabilityReport } from './capabilities';
import { excelMessage, LiveWorkbookError } from './excel.messages';
import type { GenerateOptions, GenerationReport, WorkbookMarker } from './live-workbook';
import { readCells, readSheetInfo, type SheetInfo } from './read-grid';
import { Batch, STATEMENT_OVERHEAD_BYTES } from './request-budget';
import {
  FINGERPRINTS_KEY,
  MARKER_KEY,
  MARKER_SCHEMA_VERSION,
  PENDING_KEY,
  PENDING_SHEET,
  asFingerprints,
  asMarker,
  asPendingState,
  loadSetting,
  type PendingState,
} from './workbook-marker';
import {
  sheetRange,
  addTable,
  calculatedCells,
  styleTable,
  writeCalculatedColumns,
  writeCharts,
  writeDimensions,
  writeMerges,
  writeNumberFormats,
  writePageLayout,
  writeProtection,
  writeRules,
  writeStyles,
  writeValues,
  writeView,
} from './write-sheet';

/**
 * One generation inside one `Excel.run`: a first generation into any
 * workbook, or a refresh over one people have edited.
 *
 * Syncs: at most 5 + R + ⌈W / 3 MB⌉, each request under 4 MB
 * (request-budget.ts), where W is the bytes written as the adapter
 * estimates them (GenerationReport.writtenBytes; at least what is sent) and
 * R the syncs reading cells:
 * - reading the workbook's shape: its sheets (1), their tables, charts and
 *   used ranges (1), the tables' ranges and headers (1); completing an
 *   interrupted generation reads the pending plan (1);
 * - the cells of PlanSheets' sheets, for the fingerprints: R, one sync per
 *   started 4 MB of estimated response (none in an empty workbook), more
 *   when a response proves larger and is halved;
 * - the end of the write's start (the pending plan, the marker
 *   "interrupted", the copies aside: 1) and the end (fingerprints, marker,
 *   events back: 1);
 * - besides those, a sync whenever the next write would take the request
 *   over 4 MB: each such request holds more than 4 MB less the largest write
 *   (MAX_WRITE_BYTES, 1 MB), so there are at most ⌈W / 3 MB⌉ - 1
 *   (overflowSyncBound).
 * The bound is in the adapter's estimate, not in what a host measures: the
 * estimate counts 200 bytes a statement, about twice what the fake host
 * measures for the many small statements of styles and formats. A second
 * generation with nothing changed makes only the reading syncs and writes
 * nothing. Measured on the fake host (test/excel/live/sync-bound.test.ts):
 * the example 4 syncs of a bound of 6, the ten-times plan 5 of 8, the
 * hundred-times plan 20 of 27 (65.8 MB estimated, 42.8 MB measured).
 *
 * Order of the write (each step may span syncs):
 *  1. the plan being written goes onto a very hidden sheet, then the marker
 *     says "interrupted" and derived sheets people changed are copied aside;
 *  2. missing sheets are added; existing derived sheets are unprotected,
 *     their charts deleted and their cells cleared, in place (never deleted,
 *     so formulas in people's own sheets keep pointing at them); existing
 *     tables on editable sheets are grown or shrunk to the layout's rows,
 *     bottom-up, so the cells below a table move with it;
 *  3. editable sheets' cells and tables, calculated columns, workbook names,
 *     then derived sheets' cells (their formulas name the tables);
 *  4. number formats, styles, merges, sizes, rules, views, page layout,
 *     charts, protection, visibility;
 *  5. fingerprints and the completed marker; the pending plan is removed.
 */
export interface WriteDependencies {
  capabilities: CapabilityReport;
  now: () => Date;
  language: Language;
}

export async function writeLayout(context: Excel.RequestContext, laidOut: LaidOutWorkbook, deps: WriteDependencies, options: GenerateOptions = {}): Promise<GenerationReport> {
  const batch = new Batch(context, { suspendScreenUpdating: true });
  const progress = options.onProgress ?? (() => undefined);
  progress({ step: 'read', done: 0, total: 1 });

  const markerValue = loadSetting(context, MARKER_KEY);
  const fingerprintsValue = loadSetting(context, FINGERPRINTS_KEY);
  const pendingValue = loadSetting(context, PENDING_KEY);
  const runtime = context.runtime;
  runtime.load('enableEvents');
  const names = context.workbook.names;
  names.load('items/name');
  batch.noteLoad(5);
  const infos = await readSheetInfo(batch);
  const marker = asMarker(markerValue());
  const pendingState = marker?.interrupted ? asPendingState(pendingValue()) : null;
  const eventsWere = runtime.enableEvents;

  let workbook = laidOut;
  let resumed = false;
  if (marker?.interrupted) {
    const pendingInfo = infos.find((i) => i.name === PENDING_SHEET);
    const plan = pendingInfo ? pendingPlanFrom((await readCells(batch, [pendingInfo])).get(PENDING_SHEET) ?? {}) : null;
    if (!plan) throw new LiveWorkbookError('error.pending-unreadable', deps.language);
    workbook = layOutPlan(plan);
    resumed = true;
  }
  const layout = checkLayout(workbook.layout);
  progress({ step: 'read', done: 1, total: 1 });

  const byName = new Map(infos.map((i) => [i.name.toLocaleUpperCase('fi'), i]));
  const infoOf = (name: string): SheetInfo | undefined => byName.get(name.toLocaleUpperCase('fi'));
  // A sheet of PlanSheets someone renamed is known by its tables: it gets its own name back, in place.
  const renames: Array<{ from: string; to: string }> = [];
  for (const sheet of layout.sheets) {
    if (infoOf(sheet.name) || sheet.tables.length === 0) continue;
    const tables = new Set(sheet.tables.map((t) => t.name.toLowerCase()));
    const found = infos.find((i) => !layout.sheets.some((s) => sameName(s.name, i.name)) && i.tables.some((t) => tables.has(t.name.toLowerCase())));
    if (!found) continue;
    renames.push({ from: found.name, to: sheet.name });
    byName.set(sheet.name.toLocaleUpperCase('fi'), found);
  }
  // A workbook PlanSheets did not make (no marker, none of its tables) whose own sheets bear PlanSheets' names is not written over.
  const ourTables = new Set(layout.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
  if (marker === null && !infos.some((i) => i.tables.some((t) => ourTables.has(t.name.toLowerCase())))) {
    const taken = layout.sheets.filter((s) => infoOf(s.name)).map((s) => s.name);
    if (taken.length > 0) throw new LiveWorkbookError('error.sheet-taken', deps.language, { sheets: taken.join(', ') });
  }
  const existing = layout.sheets.map((s) => infoOf(s.name)).filter((i): i is SheetInfo => i !== undefined);
  const cells = await readCells(batch, existing);
  progress({ step: 'compute', done: 0, total: 1 });

  const layoutHash = hash53(JSON.stringify(layout));
  const fingerprints = Object.fromEntries(layout.sheets.map((s) => [s.name, layoutFingerprint(s)]));
  const gridPrint = (name: string): string => gridFingerprint({ cells: cells.get(infoOf(name)?.name ?? '') ?? {} });
  const report = (copiedAside: GenerationReport['copiedAside'], unchanged: boolean): GenerationReport => ({
    syncs: batch.syncs,
    largestRequestBytes: batch.largestRequestBytes,
    writtenBytes: batch.writtenBytes,
    largestWriteBytes: batch.largestWriteBytes,
    copiedAside,
    resumed,
    unchanged,
  });

  const untouched =
    !resumed &&
    renames.length === 0 &&
    marker !== null &&
    !marker.interrupted &&
    marker.layoutHash === layoutHash &&
    layout.sheets.every((sheet) => {
      const info = infoOf(sheet.name);
      return info !== undefined && gridPrint(sheet.name) === fingerprints[sheet.name] && tablesInPlace(info, sheet);
    });
  progress({ step: 'compute', done: 1, total: 1 });
  if (untouched) return report([], true);

  // 1. The plan kept aside, then the marker, then copies of changed derived sheets.
  const stored = asFingerprints(fingerprintsValue());
  // Completing an interrupted generation copies nothing more: its sheets are half-written, not changed by people.
  const copied: PendingState['copied'] = resumed ? (pendingState?.copied ?? []) : changedCopies(layout, infos, stored, gridPrint, layout.language);
  const steps = 5;
  progress({ step: 'write', done: 0, total: steps });

  try {
    runtime.enableEvents = false;
    if (!resumed) await writePending(batch, infoOf(PENDING_SHEET) !== undefined, workbook, layout.language);
    await batch.queue(STATEMENT_OVERHEAD_BYTES * 4, () => {
      const value: WorkbookMarker = { ...markerOf(layoutHash, workbook), generatedAt: null, interrupted: true };
      context.workbook.settings.add(MARKER_KEY, value);
      context.workbook.settings.add(PENDING_KEY, { copied });
    });
    for (const { from, to } of renames) {
      await batch.queue(STATEMENT_OVERHEAD_BYTES * 2, () => {
        context.workbook.worksheets.getItem(from).name = to;
      });
    }
    if (!resumed) {
      for (const { sheet, copy } of copied) {
        await batch.queue(STATEMENT_OVERHEAD_BYTES * 3, () => {
          const made = context.workbook.worksheets.getItem(sheet).copy('End');
          made.name = copy;
        });
      }
    }
    await batch.sync();
    progress({ step: 'write', done: 1, total: steps });

    // 2. Structure: sheets added, derived sheets cleared in place, tables resized.
    const sheetsOf = context.workbook.worksheets;
    const addedIndex: number[] = [];
    for (const [i, sheet] of layout.sheets.entries()) {
      const info = infoOf(sheet.name);
      if (!info) {
        addedIndex.push(i);
        await batch.queue(STATEMENT_OVERHEAD_BYTES * 2, () => {
          sheetsOf.add(sheet.name);
        });
      } else if (sheet.kind === 'editable') {
        await prepareEditable(batch, sheetsOf.getItem(sheet.name), sheet, info, deps.capabilities.tableResize);
      } else {
        await resetSheet(batch, sheetsOf.getItem(sheet.name), info);
      }
    }
    for (const i of addedIndex) {
      const name = (layout.sheets[i] as SheetLayout).name;
      await batch.queue(STATEMENT_OVERHEAD_BYTES, () => {
        sheetsOf.getItem(name).position = i;
      });
    }
    progress({ step: 'write', done: 2, total: steps });

    // 3. Cells: editable and metadata sheets with their tables, names, then derived sheets.
    const withTables = layout.sheets.filter((s) => s.kind !== 'derived');
    for (const sheet of withTables) {
      const ws = sheetsOf.getItem(sheet.name);
      const calculated = calculatedCells(sheet);
      await writeValues(batch, ws, sheet.cells.filter((c) => !calculated.has(c.ref)));
      const info = infoOf(sheet.name);
      for (const table of sheet.tables) {
        const had = info?.tables.find((t) => t.name.toLowerCase() === table.name.toLowerCase());
        if (had) await batch.queue(STATEMENT_OVERHEAD_BYTES * 2, () => styleTable(ws.tables.getItem(had.name), table));
        else await addTable(batch, ws, table);
        await writeCalculatedColumns(batch, ws, table);
      }
    }
    const known = new Set(names.items.map((n) => n.name.toUpperCase()));
    for (const name of layout.definedNames) {
      const formula = `=${name.ref.replace(/^=/, '')}`;
      await batch.queue(STATEMENT_OVERHEAD_BYTES * 2 + formula.length, () => {
        if (known.has(name.name.toUpperCase())) context.workbook.names.getItem(name.name).formula = formula;
        else context.workbook.names.add(name.name, formula);
      });
    }
    for (const sheet of layout.sheets.filter((s) => s.kind === 'derived')) {
      await writeValues(batch, sheetsOf.getItem(sheet.name), sheet.cells);
    }
    progress({ step: 'write', done: 3, total: steps });

    // 4. Everything else, sheet by sheet.
    const textAt = cellText(layout);
    for (const sheet of layout.sheets) {
      const ws = sheetsOf.getItem(sheet.name);
      await writeNumberFormats(batch, ws, sheet.cells);
      await writeStyles(batch, ws, sheet.cells);
      await writeMerges(batch, ws, sheet);
      await writeDimensions(batch, ws, sheet);
      await writeRules(batch, ws, sheet);
      await writeView(batch, ws, sheet);
      await writePageLayout(batch, ws, sheet);
      await writeCharts(batch, context.workbook, ws, sheet, textAt);
      await writeProtection(batch, ws, sheet);
      const hidden = sheet.hidden ?? false;
      const wasHidden = infoOf(sheet.name)?.hidden;
      if (hidden || wasHidden === true) {
        await batch.queue(STATEMENT_OVERHEAD_BYTES, () => {
          ws.visibility = hidden ? 'Hidden' : 'Visible';
        });
      }
    }
    progress({ step: 'write', done: 4, total: steps });

    // 5. Done: what was written, and the marker saying so.
    await batch.queue(STATEMENT_OVERHEAD_BYTES * 6 + JSON.stringify(fingerprints).length, () => {
      const settings = context.workbook.settings;
      settings.add(FINGERPRINTS_KEY, Object.fromEntries(layout.sheets.filter((s) => s.kind === 'derived').map((s) => [s.name, fingerprints[s.name]])));
      settings.add(MARKER_KEY, { ...markerOf(layoutHash, workbook), generatedAt: deps.now().toISOString(), interrupted: false });
      settings.getItem(PENDING_KEY).delete();
      sheetsOf.getItem(PENDING_SHEET).delete();
      runtime.enableEvents = eventsWere;
    });
    await batch.sync();
    progress({ step: 'write', done: steps, total: steps });
  } catch (error) {
    await restoreEvents(context, eventsWere);
    throw error;
  }
  return report(copied, false);
}

async function restoreEvents(context: Excel.RequestContext, enabled: boolean): Promise<void> {
  try {
    context.runtime.enableEvents = enabled;
    await context.sync();
  } catch {
    // The error that stopped the generation is the one to report.
  }
}

/** The text a cell of the layout shows ("'Yhteenveto'!$C$6" → its header text), for naming chart series. */
function cellText(layout: WorkbookLayout): (ref: string) => string {
  return (ref) => {
    const { sheet, range } = sheetRange(ref);
    const cell = layout.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.ref === range);
    const value = cell?.value;
    return value?.kind === 'text' ? value.text : value?.kind === 'number' ? value.value : '';
  };
}

function markerOf(layoutHash: string, workbook: LaidOutWorkbook): Omit<WorkbookMarker, 'generatedAt' | 'interrupted'> {
  const count = (severity: string): number => workbook.findings.filter((f) => f.severity === severity).length;
  return {
    format: 'plansheets',
    schemaVersion: MARKER_SCHEMA_VERSION,
    layoutHash,
    findings: { error: count('error'), warning: count('warning'), info: count('info') },
  };
}

/**
 * A table given the layout's columns (a budget year added or dropped): with
 * ExcelApi 1.13 by Table.resize to the layout's range, else by adding or
 * deleting columns at its right end (ExcelApi 1.1 and 1.4). The columns a
 * table gives up are cleared; the header texts are written with the cells.
 */
async function resizeColumns(
  batch: Batch,
  ws: Excel.Worksheet,
  name: string,
  { now, want }: { now: NonNullable<ReturnType<typeof parseRange>>; want: NonNullable<ReturnType<typeof parseRange>> },
  rows: number,
  canResize: boolean,
): Promise<void> {
  const width = now.to.column - now.from.column + 1;
  const wanted = want.to.column - want.from.column + 1;
  const top = now.from.row;
  const left = now.from.column;
  await batch.queue(STATEMENT_OVERHEAD_BYTES * (2 + Math.abs(wanted - width)), () => {
    const table = ws.tables.getItem(name);
    if (canResize) table.resize(`${address(left, top)}:${address(left + wanted - 1, top + rows)}`);
    else if (wanted > width) for (let i = width; i < wanted; i++) table.columns.add(undefined, undefined, `Column${i + 1}`);
    else for (let i = width - 1; i >= wanted; i--) table.columns.getItemAt(i).delete();
    if (wanted < width) ws.getRange(`${address(left + wanted, top)}:${address(left + width - 1, top + rows)}`).clear('All');
  });
}

const sameName = (a: string, b: string): boolean => a.toLocaleUpperCase('fi') === b.toLocaleUpperCase('fi');

function tablesInPlace(info: SheetInfo, sheet: SheetLayout): boolean {
  return sheet.tables.every((table) => info.tables.some((t) => t.name.toLowerCase() === table.name.toLowerCase() && t.ref === table.ref));
}

/** Derived sheets whose cells differ from what PlanSheets last wrote there, each with the name of its copy. */
function changedCopies(
  layout: WorkbookLayout,
  infos: readonly SheetInfo[],
  stored: Record<string, string>,
  gridPrint: (name: string) => string,
  language: Language,
): PendingState['copied'] {
  const taken = new Set(infos.map((i) => i.name.toLocaleUpperCase('fi')));
  const copies: PendingState['copied'] = [];
  for (const sheet of layout.sheets) {
    if (sheet.kind !== 'derived') continue;
    const info = infos.find((i) => i.name.toLocaleUpperCase('fi') === sheet.name.toLocaleUpperCase('fi'));
    const before = stored[sheet.name];
    if (!info || before === undefined || gridPrint(sheet.name) === before) continue;
    const copy = copyName(sheet.name, taken, language);
    taken.add(copy.toLocaleUpperCase('fi'));
    copies.push({ sheet: info.name, copy });
  }
  return copies;
}

/** "Kuntaosuudet (muokattu)", or "Kuntaosuudet (muokattu 2)" and on when taken; within Excel's 31 characters. */
export function copyName(sheet: string, taken: ReadonlySet<string>, language: Language): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? excelMessage('sheet.edited-copy', language, { sheet: '' }) : excelMessage('sheet.edited-copy-numbered', language, { sheet: '', n });
    const name = `${sheet.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(name.toLocaleUpperCase('fi'))) return name;
  }
}

async function writePending(batch: Batch, exists: boolean, workbook: LaidOutWorkbook, language: Language): Promise<void> {
  const plan = planOfLayout(workbook.layout);
  if (!plan) throw new Error('the layout to write does not read back as a plan');
  const sheets = batch.context.workbook.worksheets;
  await batch.queue(STATEMENT_OVERHEAD_BYTES * 3, () => {
    if (exists) sheets.getItem(PENDING_SHEET).getRange().clear();
    else sheets.add(PENDING_SHEET).visibility = 'VeryHidden';
  });
  const cells: LayoutCell[] = [
    { ref: 'A1', value: { kind: 'text', text: excelMessage('pending.notice', language) } },
    ...pendingChunks(plan).map((text, i): LayoutCell => ({ ref: `A${PENDING_FIRST_ROW + i}`, value: { kind: 'text', text } })),
  ];
  await writeValues(batch, sheets.getItem(PENDING_SHEET), cells);
}

function pendingPlanFrom(cells: Record<string, GridCell>): ReturnType<typeof planOfLayout> {
  return pendingPlan({ cells });
}

/** A derived (or metadata) sheet made empty in place: unprotected, charts deleted, rules, merges, cells and breaks cleared. */
async function resetSheet(batch: Batch, ws: Excel.Worksheet, info: SheetInfo): Promise<void> {
  await batch.queue(STATEMENT_OVERHEAD_BYTES * (8 + info.charts.length), () => {
    ws.protection.unprotect();
    for (const chart of info.charts) ws.charts.getItem(chart).delete();
    const whole = ws.getRange();
    whole.conditionalFormats.clearAll();
    whole.dataValidation.clear();
    whole.unmerge();
    whole.clear('All');
    ws.horizontalPageBreaks.removePageBreaks();
    ws.freezePanes.unfreeze();
  });
}

/**
 * An editable sheet made ready for its layout: each existing table keeps
 * its object and is grown (rows.add) or shrunk (its last rows deleted) to
 * the layout's rows, bottom-up so that the cells below a table move with
 * it as the layout expects; then its body and the derived regions are
 * cleared for rewriting, and the sheet's rules and breaks with them.
 */
async function prepareEditable(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout, info: SheetInfo, canResize: boolean): Promise<void> {
  const pairs = sheet.tables
    .map((table) => ({ table, had: info.tables.find((t) => t.name.toLowerCase() === table.name.toLowerCase()) }))
    .filter((p): p is { table: TableLayout; had: SheetInfo['tables'][number] } => p.had !== undefined)
    .map((p) => ({ ...p, now: parseRange(p.had.ref), want: parseRange(p.table.ref) }))
    .sort((a, b) => (b.now?.from.row ?? 0) - (a.now?.from.row ?? 0));
  for (const { had, now, want } of pairs) {
    if (!now || !want) continue;
    const rows = now.to.row - now.from.row;
    const target = want.to.row - want.from.row;
    const width = now.to.column - now.from.column + 1;
    if (target > rows) {
      // New rows: empty, but a calculated column's cells get its formula, so the column stays one formula.
      const layoutTable = sheet.tables.find((t) => t.name.toLowerCase() === had.name.toLowerCase());
      const row = Array.from({ length: width }, (_, i) => {
        const formula = layoutTable?.columns[i]?.formula;
        return formula === undefined ? '' : `=${formula.replace(/^=/, '')}`;
      });
      const blank = Array.from({ length: target - rows }, () => [...row]);
      await batch.queue(STATEMENT_OVERHEAD_BYTES * 2 + JSON.stringify(blank).length, () => ws.tables.getItem(had.name).rows.add(undefined, blank));
    }
    for (let index = rows - 1; index >= target; index--) {
      await batch.queue(STATEMENT_OVERHEAD_BYTES * 2, () => ws.tables.getItem(had.name).rows.getItemAt(index).delete());
    }
    const wanted = want.to.column - want.from.column + 1;
    if (wanted !== width) await resizeColumns(batch, ws, had.name, { now, want }, target, canResize);
  }
  await batch.queue(STATEMENT_OVERHEAD_BYTES * 2, () => {
    ws.protection.unprotect();
    ws.horizontalPageBreaks.removePageBreaks();
  });
  for (const table of sheet.tables) {
    const range = parseRange(table.ref);
    if (!range || range.to.row <= range.from.row) continue;
    // The body cleared for rewriting, column runs at a time: calculated columns keep their formula.
    let start: number | null = null;
    for (let i = 0; i <= table.columns.length; i++) {
      const plain = i < table.columns.length && table.columns[i]?.formula === undefined;
      if (plain && start === null) start = i;
      if (!plain && start !== null) {
        const from = range.from.column + start;
        const to = range.from.column + i - 1;
        await batch.queue(STATEMENT_OVERHEAD_BYTES, () => ws.getRange(`${address(from, range.from.row + 1)}:${address(to, range.to.row)}`).clear('Contents'));
        start = null;
      }
    }
  }
  for (const region of sheet.regions) {
    if (region.kind === 'derived') await batch.queue(STATEMENT_OVERHEAD_BYTES, () => ws.getRange(region.ref).clear('All'));
  }
  for (const validation of sheet.dataValidations) await batch.queue(STATEMENT_OVERHEAD_BYTES, () => ws.getRange(validation.range).dataValidation.clear());
  for (const format of sheet.conditionalFormats) await batch.queue(STATEMENT_OVERHEAD_BYTES, () => ws.getRange(format.range).conditionalFormats.clearAll());
}
