import type { GridSheet, SheetGrid } from '../sheet-grid';
import { address } from '../a1';
import { PlanMetadataSchema, type PlanMetadata } from '../schema/plan-metadata';
import { METADATA_FIRST_CHUNK_ROW } from '../schema/metadata-cells';
import { SHEET_NAMES } from '../schema/tables';
import { jsonPath } from '../../model/json-path';
import { cellAt, findSheet } from './grid-tables';
import type { ReadContext } from './read-context';
import { WORKBOOK_RULES } from './workbook-rules';

/**
 * The plan metadata from the hidden sheet: the text chunks from A2 down to
 * the first empty cell, joined, parsed as JSON and checked against its
 * schema. Null, with a `workbook.metadata` finding, when any step fails.
 */
export function readMetadata(grid: SheetGrid, context: ReadContext): PlanMetadata | null {
  const sheet = findSheet(grid, 'metadata');
  const sheetName = sheet?.name ?? SHEET_NAMES.metadata[context.language];
  const fail = (key: Parameters<ReadContext['report']>[1], params: Record<string, string>, cell = 'A1'): null => {
    context.report(WORKBOOK_RULES.metadata, key, params, sheetName, cell, { key: 'outcome.plan-unread' });
    context.complete = false;
    return null;
  };
  if (!sheet) return fail('metadata.missing', {});
  const json = chunks(sheet).join('');
  const firstCell = address(1, METADATA_FIRST_CHUNK_ROW);
  if (json.trim() === '') return fail('metadata.empty', {}, firstCell);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return fail('metadata.json', { detail: error instanceof Error ? error.message : String(error) }, firstCell);
  }
  const parsed = PlanMetadataSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      'metadata.invalid',
      { path: jsonPath((issue?.path ?? []) as Array<string | number>), detail: issue?.message ?? '' },
      firstCell,
    );
  }
  return parsed.data;
}

function chunks(sheet: GridSheet): string[] {
  const texts: string[] = [];
  for (let row = METADATA_FIRST_CHUNK_ROW; ; row += 1) {
    const value = cellAt(sheet, 1, row)?.value;
    if (typeof value !== 'string' || value === '') return texts;
    texts.push(value);
  }
}
