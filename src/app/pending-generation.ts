import { gridFromLayout } from '../layout/layout-grid';
import { readPlan } from '../layout/read/read-plan';
import type { GridSheet } from '../layout/sheet-grid';
import type { WorkbookLayout } from '../layout/workbook-layout';
import type { Plan } from '../model/plan';
import { openPlanFile } from './open-plan-file';

/**
 * The plan a generation is writing, kept in the workbook until it is done,
 * so that an interrupted refresh (Excel closed, the network gone, a sync
 * refused) is completed from it by the next generation instead of from
 * half-written tables. A host keeps the chunks as text in column A of a
 * hidden sheet, from PENDING_FIRST_ROW down; this file is only the pure part.
 */

/** Characters per cell: below Excel's 32 767, with room to spare. */
export const PENDING_CHUNK_LENGTH = 30_000;
/** The first row holding a chunk; row 1 holds a notice. */
export const PENDING_FIRST_ROW = 2;

/** The plan as JSON text chunks, in order, none longer than `size`, none split inside a surrogate pair. */
export function pendingChunks(plan: Plan, size = PENDING_CHUNK_LENGTH): string[] {
  const json = JSON.stringify(plan);
  const chunks: string[] = [];
  let at = 0;
  while (at < json.length) {
    let end = Math.min(at + size, json.length);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(json.slice(at, end));
    at = end;
  }
  return chunks;
}

/** The plan kept on the pending sheet (column A from PENDING_FIRST_ROW to the first empty cell), or null when there is none or it does not parse. */
export function pendingPlan(sheet: Pick<GridSheet, 'cells'>): Plan | null {
  const texts: string[] = [];
  for (let row = PENDING_FIRST_ROW; ; row += 1) {
    const value = sheet.cells[`A${row}`]?.value;
    if (typeof value !== 'string' || value === '') break;
    texts.push(value);
  }
  if (texts.length === 0) return null;
  const opened = openPlanFile(texts.join(''));
  return opened.ok ? opened.plan : null;
}

/** The plan a layout was made from, read back from the layout itself (the core's round trip). */
export function planOfLayout(layout: WorkbookLayout): Plan | null {
  return readPlan(gridFromLayout(layout)).plan;
}
