import { validatePlan } from '../engine/validate';
import { layOutWorkbook, type LaidOutWorkbook } from '../layout/lay-out-workbook';
import { unreadColumns, type UnreadColumn } from '../layout/read/unread-columns';
import { EDITABLE_TABLES, SHEET_NAMES } from '../layout/schema/tables';
import type { SheetGrid, UnreadContent } from '../layout/sheet-grid';
import type { SheetLayout, SheetRole } from '../layout/workbook-layout';
import type { Finding } from '../model/finding';
import { everyLanguage } from '../model/language';
import type { WorkbookReading } from './read-workbook-grid';

/** What a rebuild says before it writes. */
export type RebuildNote =
  /** A finding of the read that the rebuild carries on (a formula typed over is made a formula again). */
  | { kind: 'finding'; finding: Finding }
  /** A sheet PlanSheets did not make: the rebuilt workbook does not have it. */
  | { kind: 'sheet-not-carried'; sheet: string }
  /** A PlanSheets sheet someone renamed, found by its tables: it is written back under its own name. */
  | { kind: 'sheet-renamed'; sheet: string; name: string }
  /** The source's Muutokset compared with a version the rebuild was not given again: the rebuilt workbook does not have it. */
  | { kind: 'changes-not-carried'; sheet: string }
  /** A chart, picture, comments or pivot table someone added, or the workbook's macros: the rebuilt workbook does not have them. */
  | { kind: 'content-not-carried'; content: UnreadContent };

export type Rebuild =
  | { ok: true; laidOut: LaidOutWorkbook; notes: RebuildNote[] }
  /** Reading left a row or a value out: writing the tables back would lose it. */
  | { ok: false; refusal: 'unread-values'; problems: Finding[] }
  /** A table holds a column someone added, with values in it: the rebuilt table would not have it. */
  | { ok: false; refusal: 'unread-columns'; columns: UnreadColumn[] };

/**
 * A workbook made anew from itself: the editable tables as people left them,
 * the derived sheets laid out again (the layout the reading made). It never
 * drops what someone typed: while reading leaves anything out, or a table
 * holds a column the plan has no place for, it refuses and says where.
 * With `changes` (Muutokset for the plan read, from compare-plans.ts) the
 * workbook has that sheet; without it a Muutokset sheet of the source is not
 * carried over (it compared with a version this rebuild does not know), and
 * it says so.
 */
export function rebuildWorkbook(
  reading: Extract<WorkbookReading, { ok: true }>,
  grid: SheetGrid,
  options: { changes?: SheetLayout } = {},
): Rebuild {
  const blocking = reading.readFindings.filter((f) => f.severity === 'error');
  if (blocking.length > 0) return { ok: false, refusal: 'unread-values', problems: blocking };
  const columns = unreadColumns(grid, reading.plan.language);
  if (columns.length > 0) return { ok: false, refusal: 'unread-columns', columns };

  const ours = new Set(Object.values(SHEET_NAMES).flatMap(everyLanguage));
  const tableRoles = new Map<string, SheetRole>(EDITABLE_TABLES.map((t) => [t.name.toLowerCase(), t.role]));
  const changesNames = new Set(Object.values(SHEET_NAMES.changes));
  const changesNotes = options.changes
    ? []
    : grid.sheets.filter((sheet) => changesNames.has(sheet.name)).map((sheet): RebuildNote => ({ kind: 'changes-not-carried', sheet: sheet.name }));
  const notCarried = contentNotCarried(reading, grid);
  const sheetNotes = grid.sheets.flatMap((sheet): RebuildNote[] => {
    const contents = notCarried.filter((c) => 'sheet' in c && c.sheet === sheet.name).map((content): RebuildNote => ({ kind: 'content-not-carried', content }));
    if (ours.has(sheet.name)) return contents;
    const role = sheet.tables.map((t) => tableRoles.get(t.name.toLowerCase())).find((r) => r !== undefined);
    const note: RebuildNote =
      role === undefined
        ? { kind: 'sheet-not-carried', sheet: sheet.name }
        : { kind: 'sheet-renamed', sheet: sheet.name, name: SHEET_NAMES[role][reading.plan.language] };
    return [note, ...contents];
  });
  // The workbook's macros, and charts on chartsheets (sheets without cells, so not in the grid).
  const onGridSheet = (c: UnreadContent): boolean => 'sheet' in c && grid.sheets.some((s) => s.name === c.sheet);
  const workbookNotes = notCarried.filter((c) => !onGridSheet(c)).map((content): RebuildNote => ({ kind: 'content-not-carried', content }));
  const plan = reading.plan;
  return {
    ok: true,
    laidOut: options.changes ? layOutWorkbook(plan, validatePlan(plan), { changes: options.changes }) : reading.laidOut,
    notes: [
      ...reading.readFindings.map((finding): RebuildNote => ({ kind: 'finding', finding })),
      ...sheetNotes,
      ...workbookNotes,
      ...changesNotes,
    ],
  };
}

/**
 * What the workbook holds that the rebuild does not write. The charts
 * PlanSheets drew are written anew: on a sheet of its own, a chart is its
 * own when its title is one the layout gives that sheet's charts, or, while
 * some of the layout's charts are unmatched, when it is among the first
 * others (a chart whose title changed with the plan).
 */
function contentNotCarried(reading: Extract<WorkbookReading, { ok: true }>, grid: SheetGrid): UnreadContent[] {
  const unread = grid.unread ?? [];
  const ownCharts = new Map(reading.laidOut.layout.sheets.map((sheet) => [sheet.name, sheet.charts.map((c) => c.title)]));
  const unmatched = new Map<string, UnreadContent[]>();
  const kept = unread.filter((content) => {
    if (content.kind !== 'chart') return true;
    const titles = ownCharts.get(content.sheet);
    const at = titles?.indexOf(content.title) ?? -1;
    if (titles && at >= 0) {
      titles.splice(at, 1);
      return false;
    }
    unmatched.set(content.sheet, [...(unmatched.get(content.sheet) ?? []), content]);
    return true;
  });
  const retitled = new Set<UnreadContent>();
  for (const [sheet, charts] of unmatched) charts.slice(0, ownCharts.get(sheet)?.length ?? 0).forEach((c) => retitled.add(c));
  return kept.filter((c) => !retitled.has(c));
}
