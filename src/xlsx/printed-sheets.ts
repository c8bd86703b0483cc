import JSZip from 'jszip';
import type { RowsLeftOut } from '../app/empty-tables';
import { officeDocumentPath, readPart, worksheetParts } from './package-parts';
import { escapeXml, unescapeXml } from './xml';

/**
 * A copy of the workbook in which only the chosen sheets are visible, so that
 * a PDF printer (LibreOffice prints visible sheets only) prints just those.
 * The sheets stay in the file, hidden, because the chosen ones may have
 * formulas that point into them. The package is edited as XML rather than
 * through ExcelJS, which would drop charts on the way. LibreOffice prints a
 * hidden sheet that has a print area all the same, so the hidden sheets lose
 * their print areas. Rows `leftOut` (empty tables, app/empty-tables.ts) are
 * hidden in the copy, so they do not print.
 */
export async function withOnlySheetsVisible(buffer: Buffer, visible: readonly string[], leftOut: readonly RowsLeftOut[] = []): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  await hideRows(zip, leftOut);
  const workbookPath = await officeDocumentPath(zip);
  const xml = await readPart(zip, workbookPath);
  if (xml === null) throw new Error(`the package has no workbook part ${workbookPath}`);
  const keep = new Set(visible);
  let firstVisible = -1;
  let index = -1;
  const hidden = new Set<number>();
  const sheets = xml.replace(/<((?:\w+:)?sheet)\b([^>]*?)(\/?)>/g, (_whole, tag: string, attrs: string, close: string) => {
    index += 1;
    const name = unescapeXml(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? '');
    const withoutState = attrs.replace(/\s+state="[^"]*"/, '');
    const shown = keep.has(name);
    if (shown && firstVisible < 0) firstVisible = index;
    if (!shown) hidden.add(index);
    return `<${tag}${withoutState}${shown ? '' : ' state="hidden"'}${close}>`;
  });
  if (firstVisible < 0) throw new Error(`none of the sheets ${[...keep].map(escapeXml).join(', ')} is in the workbook`);
  // The active tab must be a visible sheet, or spreadsheet programs show it anyway.
  const views = sheets
    .replace(/(<(?:\w+:)?workbookView\b[^>]*?)\s+activeTab="\d+"/, '$1')
    .replace(/(<(?:\w+:)?workbookView\b)/, `$1 activeTab="${firstVisible}"`)
    .replace(/(<(?:\w+:)?workbookView\b[^>]*?)\s+firstSheet="\d+"/, '$1');
  const printed = views.replace(
    /<((?:\w+:)?definedName)\b([^>]*)>[^<]*<\/\1>/g,
    (whole, _tag: string, attrs: string) => {
      const sheet = /\blocalSheetId="(\d+)"/.exec(attrs)?.[1];
      const isPrintArea = /\bname="_xlnm\.Print_Area"/.test(attrs);
      return isPrintArea && sheet !== undefined && hidden.has(Number(sheet)) ? '' : whole;
    },
  );
  // An emptied list is not valid SpreadsheetML.
  zip.file(workbookPath, printed.replace(/<((?:\w+:)?definedNames)\s*>\s*<\/\1>|<(?:\w+:)?definedNames\s*\/>/g, ''));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Marks the given rows hidden in their sheets' XML; a row the sheet does not list has no cells and prints blank anyway. */
async function hideRows(zip: JSZip, leftOut: readonly RowsLeftOut[]): Promise<void> {
  if (leftOut.length === 0) return;
  const parts = await worksheetParts(zip);
  for (const { sheet, rows } of leftOut) {
    const part = parts.find((p) => p.name === sheet);
    const xml = part ? await readPart(zip, part.path) : null;
    if (!part || xml === null) continue;
    const hide = new Set(rows);
    const edited = xml.replace(/<((?:\w+:)?row)\b([^>]*?)(\/?)>/g, (whole, tag: string, attrs: string, close: string) => {
      const row = Number(/\br="(\d+)"/.exec(attrs)?.[1]);
      if (!hide.has(row)) return whole;
      return `<${tag}${attrs.replace(/\s+hidden="[^"]*"/, '')} hidden="1"${close}>`;
    });
    zip.file(part.path, edited);
  }
}
