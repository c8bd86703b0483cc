import type { Language, Plan } from '../../model/plan';
import { layoutMessages } from '../layout.messages';
import { SECTIONS_TABLE } from '../schema/tables';
import type { SheetLayout } from '../workbook-layout';
import {
  enumCell,
  enumValidation,
  singleTableSheet,
  tableRow,
  noteCell,
  textCell,
} from './sheet-common';

/** Tiimit: the teams and cross-cutting sections, in plan order. Their goals are on Tavoitteet. */
export const SECTIONS_HEADER_ROW = 3;

export function sectionsSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  const spec = SECTIONS_TABLE;
  const rows = plan.sections.map((s) =>
    tableRow(spec, {
      id: textCell(s.id),
      kind: enumCell('sectionKind', s.kind, language),
      title: textCell(s.title),
      note: noteCell(s.note, language),
    }),
  );
  return singleTableSheet(plan, language, 'sections', layoutMessages['sections.title'], spec, SECTIONS_HEADER_ROW, rows, (b, table) => {
    b.dataValidations.push(enumValidation(table.dataRange('kind'), 'sectionKind', language, false));
  });
}
