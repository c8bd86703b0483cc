import { attributes, escapeXml, findElements, XML_DECLARATION } from './xml';

/**
 * The Open Packaging parts of an .xlsx that the writer adds to and the reader
 * looks through: content types, relationships, and which worksheet part holds
 * which sheet.
 */

export const RELATIONSHIP_TYPES = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
} as const;

export const CONTENT_TYPES = {
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** The target part's path inside the package, without a leading "/". */
  target: string;
  external: boolean;
}

export interface WorksheetPart {
  name: string;
  /** "visible", "hidden" or "veryHidden". */
  state: string;
  /** Position in the workbook's sheet list (localSheetId). */
  index: number;
  /** e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

/**
 * What the helpers here need of a package: to read a part as text and to
 * add or replace one. A JSZip is one (the reader's); the writer's
 * PackageFiles (package-files.ts) is another.
 */
export interface PackageParts {
  file(path: string): { async(type: 'string'): Promise<string> } | null;
  file(path: string, data: string): unknown;
}

export async function readPart(zip: PackageParts, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = partPath.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

export async function readRelationships(zip: PackageParts, partPath: string): Promise<Relationship[]> {
  const xml = await readPart(zip, relsPathOf(partPath));
  if (xml === null) return [];
  return findElements(xml, 'Relationship').map(({ attributes: a }) => {
    const external = a.TargetMode === 'External';
    const target = a.Target ?? '';
    return { id: a.Id ?? '', type: a.Type ?? '', target: external ? target : resolveTarget(partPath, target), external };
  });
}

/** The sheets in workbook order with the worksheet part of each (chartsheets are left out). */
export async function worksheetParts(zip: PackageParts): Promise<WorksheetPart[]> {
  const workbookPath = await officeDocumentPath(zip);
  const xml = await readPart(zip, workbookPath);
  if (xml === null) return [];
  const relationships = await readRelationships(zip, workbookPath);
  const sheetsXml = findElements(xml, 'sheets')[0]?.inner ?? '';
  const parts: WorksheetPart[] = [];
  findElements(sheetsXml, 'sheet').forEach(({ attributes: a }, index) => {
    const relId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const rel = relationships.find((r) => r.id === relId);
    if (rel && rel.type === RELATIONSHIP_TYPES.worksheet) {
      parts.push({ name: a.name ?? '', state: a.state ?? 'visible', index, path: rel.target });
    }
  });
  return parts;
}

/** The workbook part named by the package relationships (normally xl/workbook.xml). */
export async function officeDocumentPath(zip: PackageParts): Promise<string> {
  const xml = await readPart(zip, '_rels/.rels');
  const rel = xml ? findElements(xml, 'Relationship').find((r) => (r.attributes.Type ?? '').endsWith('/officeDocument')) : undefined;
  return rel?.attributes.Target ? resolveTarget('', rel.attributes.Target) : 'xl/workbook.xml';
}

/** Adds a relationship to a part's .rels (creating it) and returns its id. */
export async function addRelationship(zip: PackageParts, partPath: string, type: string, target: string): Promise<string> {
  const relsPath = relsPathOf(partPath);
  const existing = (await readPart(zip, relsPath)) ?? `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const used = new Set(findElements(existing, 'Relationship').map((r) => r.attributes.Id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const element = `<Relationship${attributes({ Id: id, Type: type, Target: target })}/>`;
  zip.file(relsPath, existing.replace('</Relationships>', `${element}</Relationships>`));
  return id;
}

export async function addContentTypeOverride(zip: PackageParts, partPath: string, contentType: string): Promise<void> {
  const xml = await readPart(zip, '[Content_Types].xml');
  if (xml === null) throw new Error('package has no [Content_Types].xml');
  const element = `<Override PartName="${escapeXml(`/${partPath}`)}" ContentType="${escapeXml(contentType)}"/>`;
  zip.file('[Content_Types].xml', xml.replace('</Types>', `${element}</Types>`));
}

/** "../tables/table1.xml" as seen from a part in `fromPath`'s folder. */
export function relativeTarget(fromPath: string, toPath: string): string {
  const from = fromPath.split('/').slice(0, -1);
  const to = toPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
