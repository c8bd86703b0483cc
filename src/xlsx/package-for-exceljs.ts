import JSZip from 'jszip';
import { canonicalXml, NAMESPACES } from './canonical-xml';
import { readPart, readRelationships, RELATIONSHIP_TYPES, type WorksheetPart } from './package-parts';
import { attributes, XML_DECLARATION } from './xml';

/**
 * The copy of a workbook package that ExcelJS loads: only the parts the
 * reader takes cells from (the workbook, its worksheets, shared strings and
 * styles), at the paths ExcelJS looks for them, each in the one spelling
 * ExcelJS parses (canonical-xml.ts). Everything else stays out: drawings,
 * charts, images, comments, pivot tables, a VBA project, tables (read from
 * their own parts by read-workbook.ts) and whatever a producer adds.
 * ExcelJS crashes or silently reads nothing on several valid spellings of
 * those (exceljs#2591: a drawing in the default namespace), and the reader
 * does not need them; what they hold is reported by unread-content.ts.
 */

const SHEET_CHILDREN = new Set(['sheetData', 'mergeCells', 'hyperlinks']);
// workbookPr says whether dates count from 1904.
const WORKBOOK_CHILDREN = new Set(['workbookPr', 'sheets']);
const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const SHARED_STRINGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';
const STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const R_ID = /\br:id\s*=\s*(?:"([^"]*)"|'([^']*)')/;

export async function packageForExcelJs(zip: JSZip, workbookPath: string, parts: readonly WorksheetPart[]): Promise<Buffer> {
  const out = new JSZip();
  const workbookRels = await readRelationships(zip, workbookPath);
  const sheetIds = new Map<string, string>();
  const rels: Array<{ id: string; type: string; target: string; targetMode?: string }> = [];
  parts.forEach((part, i) => {
    const rel = workbookRels.find((r) => r.type === RELATIONSHIP_TYPES.worksheet && r.target === part.path);
    if (rel) sheetIds.set(rel.id, `rIdSheet${i + 1}`);
    rels.push({ id: `rIdSheet${i + 1}`, type: RELATIONSHIP_TYPES.worksheet, target: `worksheets/sheet${i + 1}.xml` });
  });

  const workbookXml = (await readPart(zip, workbookPath)) ?? '';
  out.file(
    'xl/workbook.xml',
    canonicalXml(workbookXml, {
      namespace: NAMESPACES.spreadsheet,
      keep: WORKBOOK_CHILDREN,
      element: (local, attrs) => {
        if (local !== 'sheet') return attrs;
        const match = R_ID.exec(attrs);
        const id = sheetIds.get(match?.[1] ?? match?.[2] ?? '');
        // A chartsheet or dialog sheet has no cells to read.
        return id === undefined ? null : attrs.replace(R_ID, `r:id="${id}"`);
      },
    }),
  );

  for (const [type, path] of [
    [SHARED_STRINGS, 'sharedStrings.xml'],
    [STYLES, 'styles.xml'],
  ] as const) {
    const rel = workbookRels.find((r) => r.type === type && !r.external);
    const xml = rel ? await readPart(zip, rel.target) : null;
    if (xml === null) continue;
    out.file(`xl/${path}`, canonicalXml(xml, { namespace: NAMESPACES.spreadsheet, element: (local, attrs, depth) => (depth === 1 && local === 'extLst' ? null : attrs) }));
    rels.push({ id: `rId${path.replace('.xml', '')}`, type, target: path });
  }

  for (const [i, part] of parts.entries()) {
    const xml = await readPart(zip, part.path);
    if (xml === null) continue;
    out.file(`xl/worksheets/sheet${i + 1}.xml`, canonicalXml(xml, { namespace: NAMESPACES.spreadsheet, keep: SHEET_CHILDREN }));
    const links = (await readRelationships(zip, part.path)).filter((r) => r.type === HYPERLINK);
    if (links.length > 0) {
      out.file(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        relationshipsXml(links.map((r) => ({ id: r.id, type: r.type, target: r.target, targetMode: r.external ? 'External' : undefined }))),
      );
    }
  }
  out.file('xl/_rels/workbook.xml.rels', relationshipsXml(rels));
  out.file('_rels/.rels', relationshipsXml([{ id: 'rId1', type: OFFICE_DOCUMENT, target: 'xl/workbook.xml' }]));
  return out.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

function relationshipsXml(rels: ReadonlyArray<{ id: string; type: string; target: string; targetMode?: string }>): string {
  const items = rels.map((r) => `<Relationship${attributes({ Id: r.id, Type: r.type, Target: r.target, TargetMode: r.targetMode })}/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${NAMESPACES.packageRelationships}">${items.join('')}</Relationships>`;
}
