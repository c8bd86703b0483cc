import type { Plan } from '../../model/plan';
import { layoutMessages } from '../layout.messages';
import { metadataChunks, planMetadata } from '../plan-metadata';
import { printSetup } from '../print-setup';
import { SheetBuilder, text } from '../sheet-builder';
import type { SheetLayout } from '../workbook-layout';
import { sheetName } from './sheet-common';

/**
 * The hidden metadata sheet: a notice in A1, then the plan metadata JSON
 * (see plan-metadata.ts for what it holds) in A2, A3, … as text chunks that
 * are read back by concatenating down to the first empty cell.
 */
export const METADATA_NOTICE_CELL = 'A1';
export const METADATA_FIRST_CHUNK_ROW = 2;

export function metadataSheet(plan: Plan): SheetLayout {
  const language = plan.language;
  const b = new SheetBuilder('metadata', sheetName('metadata', language), 'metadata');
  b.set(1, 1, text(layoutMessages['metadata.notice'][language]), { italic: true });
  metadataChunks(JSON.stringify(planMetadata(plan))).forEach((chunk, i) => {
    b.set(1, METADATA_FIRST_CHUNK_ROW + i, text(chunk));
  });
  b.width(1, 120);
  const print = printSetup(plan, { orientation: 'portrait', pageLabel: layoutMessages['print.pageLabel'][language] });
  return b.build(print, { protected: true, hidden: true });
}
