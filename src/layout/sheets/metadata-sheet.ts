import type { Plan } from '../../model/plan';
import { layoutMessages } from '../layout.messages';
import { metadataChunks, planMetadata } from '../schema/plan-metadata';
import { printSetup } from '../print-setup';
import { SheetBuilder, text } from '../sheet-builder';
import type { SheetLayout } from '../workbook-layout';
import { sheetName } from './sheet-common';

import { METADATA_FIRST_CHUNK_ROW } from '../schema/metadata-cells';

/** The hidden metadata sheet (schema/metadata-cells.ts). */

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
