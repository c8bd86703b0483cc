import { canonicalXml, NAMESPACES } from '../../src/xlsx/canonical-xml';

/** One spelling of a SpreadsheetML part, whatever prefixes its producer chose. */

const MAIN = NAMESPACES.spreadsheet;
const REL = NAMESPACES.relationships;
const CANONICAL_ROOT = `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`;

describe('canonicalXml', () => {
  it.each([
    ['the default namespace', `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`],
    ['the x: prefix (Open XML SDK)', `<x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`],
    ['another prefix, declared late', `<s:worksheet xmlns:s="${MAIN}"><s:sheetData><s:row r="1"><s:c r="A1"><s:v>1</s:v></s:c></s:row></s:sheetData></s:worksheet>`],
  ])('spells a worksheet in %s as Excel does', (_what, xml) => {
    expect(canonicalXml(xml, { namespace: MAIN })).toBe(`${CANONICAL_ROOT}<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`);
  });

  it('gives relationship attributes the r: prefix, also where declared on the element itself (openpyxl)', () => {
    const xml = `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:rel="${REL}" name="A" sheetId="1" rel:id="rId1"/></sheets></workbook>`;
    expect(canonicalXml(xml, { namespace: MAIN })).toBe(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet xmlns:r="${REL}" name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  });

  it('keeps only the root children asked for, with all they hold, and the XML declaration', () => {
    const xml = `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}"><sheetViews><sheetView/></sheetViews><sheetData/><drawing r:id="rId1"/><extLst><ext><extLst><ext/></extLst></ext></extLst><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
    expect(canonicalXml(xml, { namespace: MAIN, keep: new Set(['sheetData', 'mergeCells']) })).toBe(
      `<?xml version="1.0"?>\n${CANONICAL_ROOT}<sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`,
    );
  });

  it('leaves text, CDATA and other namespaces as they are', () => {
    const xml = `<x:sst xmlns:x="${MAIN}" xmlns:mc="urn:mc"><x:si><x:t xml:space="preserve"> a &lt; b <![CDATA[<x:not/>]]></x:t></x:si><mc:Other/></x:sst>`;
    expect(canonicalXml(xml, { namespace: MAIN })).toBe(`<sst xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="urn:mc"><si><t xml:space="preserve"> a &lt; b <![CDATA[<x:not/>]]></t></si><mc:Other/></sst>`);
  });
});
