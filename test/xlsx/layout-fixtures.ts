import { kaustinenMembers } from '../support/kaustinen-members';
import type { CellStyle, CellValue, FormulaResult, LayoutCell, PrintLayout, SheetLayout, WorkbookLayout } from '../../src/layout/workbook-layout';

/** Small handmade layouts for the writer, reader and LibreOffice tests. */

export const text = (value: string): CellValue => ({ kind: 'text', text: value });
export const num = (value: string): CellValue => ({ kind: 'number', value });
/** A formula and its cached result; these fixtures are recalculated, so a result not given is a placeholder 0. */
export const formula = (value: string, result: FormulaResult = { kind: 'number', value: '0' }): CellValue => ({ kind: 'formula', formula: value, result });
export const date = (iso: string): CellValue => ({ kind: 'date', iso });
export const bool = (value: boolean): CellValue => ({ kind: 'boolean', value });

export const cell = (ref: string, value: CellValue, style?: CellStyle): LayoutCell => (style ? { ref, value, style } : { ref, value });

export const PRINT: PrintLayout = {
  orientation: 'portrait',
  paperSize: 'A4',
  fitToWidth: true,
  headerFooter: { odd: { header: { left: 'Kaustisen seutukunta', right: 'Talousarvio 2026' }, footer: { center: 'Sivu &P / &N' } } },
  margins: { left: 36, right: 36, top: 64.8, bottom: 43.2, header: 21.6, footer: 21.6 },
};

export function sheet(name: string, parts: Partial<SheetLayout> = {}): SheetLayout {
  return {
    role: 'summary',
    name,
    kind: 'editable',
    // The whole sheet is one region unless a test says otherwise.
    regions: [{ kind: 'derived', ref: 'A1:XFD1048576' }],
    placements: [],
    cells: [],
    columns: [],
    rows: [],
    merges: [],
    tables: [],
    dataValidations: [],
    conditionalFormats: [],
    protected: false,
    print: PRINT,
    charts: [],
    ...parts,
  };
}

export function workbook(sheets: SheetLayout[], parts: Partial<WorkbookLayout> = {}): WorkbookLayout {
  return {
    language: 'fi',
    sheets,
    definedNames: [],
    properties: { title: 'Talousarvio 2026', subject: 'Toimintasuunnitelma', creator: 'PlanSheets' },
    ...parts,
  };
}

/** Kaustisen seutukunta's member municipalities, 31.12.2024. */
export const MUNICIPALITIES: ReadonlyArray<readonly [string, string, number]> = kaustinenMembers.map((m) => [m.id, m.name, m.population] as const);

/**
 * A workbook whose formulas exercise what the layout relies on: a table
 * with calculated columns ([@Column], Table[Column]), RANK.EQ, ROUND,
 * ROUNDDOWN, SUMPRODUCT, a defined name and cross-sheet references.
 */
export function contributionsWorkbook(): WorkbookLayout {
  const headers = ['Tunnus', 'Kunta', 'Asukasluku', 'Väestöosuus', 'Sija'];
  const municipalities = sheet('Kunnat', {
    role: 'municipalities',
    cells: [
      ...headers.map((h, i) => cell(`${'ABCDE'[i]}1`, text(h), { bold: true })),
      ...MUNICIPALITIES.flatMap(([id, name, population], i) => [
        cell(`A${i + 2}`, text(id)),
        cell(`B${i + 2}`, text(name)),
        cell(`C${i + 2}`, num(String(population)), { numberFormat: '#,##0' }),
        cell(`D${i + 2}`, formula('[@Asukasluku]/SUM([Asukasluku])'), { numberFormat: '0.0000' }),
        cell(`E${i + 2}`, formula('RANK.EQ([@Asukasluku],[Asukasluku])')),
      ]),
      cell('A8', text('Väestöpäivä')),
      cell('B8', date('2024-12-31'), { numberFormat: 'd.m.yyyy' }),
    ],
    tables: [
      {
        name: 'Municipalities',
        ref: 'A1:E6',
        columns: [
          { name: 'Tunnus' },
          { name: 'Kunta' },
          { name: 'Asukasluku' },
          { name: 'Väestöosuus', formula: '[@Asukasluku]/SUM([Asukasluku])' },
          { name: 'Sija', formula: 'RANK.EQ([@Asukasluku],[Asukasluku])' },
        ],
        style: 'TableStyleLight9',
        showRowStripes: true,
      },
    ],
  });
  const budget = sheet('Talousarvio', {
    role: 'budget',
    cells: [cell('A2', text('Kuntarahoitus')), cell('B2', num('1000000.00'), { numberFormat: '#,##0.00 "€"' })],
  });
  const contributions = sheet('Kuntaosuudet', {
    role: 'contributions',
    kind: 'derived',
    protected: true,
    cells: [
      cell('A1', text('Kunta')),
      cell('B1', text('Kuntaosuus')),
      cell('C1', text('Alaspäin')),
      ...MUNICIPALITIES.flatMap((_, i) => [
        cell(`A${i + 2}`, formula(`'Kunnat'!B${i + 2}`)),
        cell(`B${i + 2}`, formula(`ROUND(TotalMunicipalFunding*INDEX(Municipalities[Asukasluku],${i + 1})/SUM(Municipalities[Asukasluku]),2)`)),
        cell(`C${i + 2}`, formula(`ROUNDDOWN(TotalMunicipalFunding*'Kunnat'!D${i + 2},0)`)),
      ]),
      cell('A7', text('Yhteensä')),
      cell('B7', formula('SUM(B2:B6)')),
      cell('C7', formula('SUMPRODUCT(Municipalities[Asukasluku],Municipalities[Väestöosuus])')),
      cell('A9', text('=HYPERLINK("x","y")')),
      cell('B9', formula('IF(B7=TotalMunicipalFunding,"ok","ero")')),
      cell('C9', formula('TEXTJOIN(", ",TRUE,Municipalities[Kunta])')),
    ],
  });
  return workbook([municipalities, budget, contributions], {
    definedNames: [{ name: 'TotalMunicipalFunding', ref: "'Talousarvio'!$B$2" }],
  });
}
