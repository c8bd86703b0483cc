import type JSZip from 'jszip';
import type { UnreadContent } from '../layout/sheet-grid';
import { readPart, readRelationships, RELATIONSHIP_TYPES, type Relationship, type WorksheetPart } from './package-parts';
import { decodeXstring, findElements, unescapeXml } from './xml';

/**
 * What a package holds besides the cells and tables the reader takes: the
 * charts (with their titles, so that the app can tell its own from
 * people's), pictures, comments and pivot tables on each sheet, and a VBA
 * project. Only looked at, never needed: a part that cannot be made sense
 * of is passed over.
 */

const TYPE_ENDINGS = {
  image: '/image',
  comments: '/comments',
  pivotTable: '/pivotTable',
  vbaProject: '/vbaProject',
  chartsheet: '/chartsheet',
} as const;

export async function unreadContent(zip: JSZip, workbookPath: string, parts: readonly WorksheetPart[]): Promise<UnreadContent[]> {
  const found: UnreadContent[] = [];
  for (const part of parts) {
    try {
      found.push(...(await onSheet(zip, part)));
    } catch {
      // Only a note for a rebuild: a part that cannot be read is not reported.
    }
  }
  const workbookRels = await readRelationships(zip, workbookPath);
  try {
    found.push(...(await chartsheets(zip, workbookPath, workbookRels)));
  } catch {
    // As above: only a note.
  }
  if (workbookRels.some((r) => r.type.endsWith(TYPE_ENDINGS.vbaProject))) found.push({ kind: 'macros' });
  return found;
}

/** A chart on a sheet of its own (a chartsheet): the reader has no cells to take from it. */
async function chartsheets(zip: JSZip, workbookPath: string, workbookRels: readonly Relationship[]): Promise<UnreadContent[]> {
  const found: UnreadContent[] = [];
  const sheets = findElements((await readPart(zip, workbookPath)) ?? '', 'sheet');
  for (const { attributes } of sheets) {
    const id = attributes['r:id'] ?? Object.entries(attributes).find(([k]) => k.endsWith(':id'))?.[1];
    const rel = workbookRels.find((r) => r.id === id && r.type.endsWith(TYPE_ENDINGS.chartsheet));
    if (!rel) continue;
    for (const drawing of await readRelationships(zip, rel.target)) {
      if (drawing.type !== RELATIONSHIP_TYPES.drawing) continue;
      for (const chart of await readRelationships(zip, drawing.target)) {
        if (chart.type === RELATIONSHIP_TYPES.chart) found.push({ kind: 'chart', sheet: attributes.name ?? '', title: chartTitle((await readPart(zip, chart.target)) ?? '') });
      }
    }
  }
  return found;
}

async function onSheet(zip: JSZip, part: WorksheetPart): Promise<UnreadContent[]> {
  const sheet = part.name;
  const found: UnreadContent[] = [];
  let pictures = 0;
  let comments = 0;
  let pivotTables = 0;
  for (const rel of await readRelationships(zip, part.path)) {
    if (rel.external) continue;
    if (rel.type === RELATIONSHIP_TYPES.drawing) {
      const xml = (await readPart(zip, rel.target)) ?? '';
      pictures += findElements(xml, 'pic').length;
      for (const chartRel of await readRelationships(zip, rel.target)) {
        if (chartRel.type !== RELATIONSHIP_TYPES.chart || chartRel.external) continue;
        found.push({ kind: 'chart', sheet, title: chartTitle((await readPart(zip, chartRel.target)) ?? '') });
      }
    } else if (rel.type.endsWith(TYPE_ENDINGS.comments)) {
      comments += findElements((await readPart(zip, rel.target)) ?? '', 'comment').length;
    } else if (rel.type.endsWith(TYPE_ENDINGS.pivotTable)) {
      pivotTables += 1;
    }
  }
  if (pictures > 0) found.push({ kind: 'picture', sheet, count: pictures });
  if (comments > 0) found.push({ kind: 'comments', sheet, count: comments });
  if (pivotTables > 0) found.push({ kind: 'pivot-table', sheet, count: pivotTables });
  return found;
}

/** The text of the chart's title, "" when it has none (or takes it from a cell). */
function chartTitle(xml: string): string {
  const title = findElements(xml, 'title')[0]?.inner ?? '';
  return [...title.matchAll(/<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[A-Za-z_][\w.-]*:)?t>/g)].map((m) => decodeXstring(unescapeXml(m[1] ?? ''))).join('');
}
