import type { Language, Plan } from '../../model/plan';
import { layoutMessages } from '../layout.messages';
import { SheetBuilder, text } from '../sheet-builder';
import { STYLES } from '../styles';
import { SECTIONS_TABLE } from '../tables';
import type { SheetLayout } from '../workbook-layout';
import {
  columnStyles,
  enumCell,
  enumValidation,
  HEADER_STYLE,
  orientationFor,
  sheetName,
  tablePrint,
  tableRow,
  textCell,
  TITLE_ROW,
} from './sheet-common';

/** Tiimit: the teams and cross-cutting sections, in plan order. Their goals are on Tavoitteet. */
export const SECTIONS_HEADER_ROW = 3;

export function sectionsSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  const spec = SECTIONS_TABLE;
  const b = new SheetBuilder('sections', sheetName('sections', language), 'editable');
  b.set(1, TITLE_ROW, text(layoutMessages['sections.title'][language]), STYLES.title);
  const rows = plan.sections.map((s) =>
    tableRow(spec, {
      id: textCell(s.id),
      kind: enumCell('sectionKind', s.kind, language),
      title: textCell(s.title),
      note: textCell(s.note),
    }),
  );
  const table = b.table(spec, language, { column: 1, row: SECTIONS_HEADER_ROW }, rows, {
    headerStyle: HEADER_STYLE,
    styles: columnStyles(spec),
  });
  b.dataValidations.push(enumValidation(table.dataRange('kind'), 'sectionKind', language, false));
  b.fitRowHeights(SECTIONS_HEADER_ROW, table.lastDataRow);
  b.freeze = { rows: SECTIONS_HEADER_ROW, columns: 0 };
  return b.build(tablePrint(plan, language, SECTIONS_HEADER_ROW, orientationFor(spec)), { protected: false });
}
