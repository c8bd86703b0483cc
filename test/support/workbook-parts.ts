import JSZip from 'jszip';

/**
 * A workbook's package parts as text, with the times the writer stamps into
 * docProps/core.xml taken out, so that two builds of the same plan compare
 * equal; null for bytes that are no complete package.
 */
export async function workbookParts(bytes: Buffer): Promise<Map<string, string> | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const part = zip.files[name];
    if (!part || part.dir) continue;
    try {
      const text = await part.async('string');
      parts.set(name, text.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, ''));
    } catch {
      return null;
    }
  }
  return parts;
}

/** Whether two workbooks hold the same parts, timestamps aside. */
export async function sameWorkbook(a: Buffer, b: Buffer): Promise<boolean> {
  const [left, right] = [await workbookParts(a), await workbookParts(b)];
  if (left === null || right === null || left.size !== right.size) return false;
  for (const [name, text] of left) if (right.get(name) !== text) return false;
  return true;
}
