import type { Finding, Location } from '../../model/finding';
import { parseJsonPath } from '../../model/json-path';
import type { Plan } from '../../model/plan';
import { address } from '../a1';
import type { SheetRole } from '../workbook-layout';
import { rowKey, type Placement, type PlacementIndex } from './placement';

/** Where in the workbook a path into the plan read from it stands. */
export type CellLocator = (path: string) => { sheet: string; cell: string };

type Segment = string | number;

/**
 * Findings about a plan read from a workbook point at cells, not at JSON
 * paths: the row the object came from (found by its id, year or pool and
 * municipality, as Excel would match them) and the column of the field
 * concerned, or the row's first cell. A narrative figure points at the cell
 * of the chapters that holds its sentence. What no table holds (the document,
 * narrative figures, staff) points at the sheet that shows it. The index
 * comes from reading a workbook or from laying one out.
 */
export function pathLocator(plan: Plan, index: PlacementIndex, sheetName: (role: SheetRole) => string): CellLocator {
  const origins = new Map<string, Placement>();
  for (const origin of index.placements) {
    const key = `${origin.table}:${origin.key}`;
    if (!origins.has(key)) origins.set(key, origin);
  }
  const find = (table: string, ...parts: Array<string | number>): Placement | undefined => origins.get(`${table}:${rowKey(parts)}`);

  return (path) => {
    const segments = parseJsonPath(path) ?? [];
    const council = segments[0] === 'council' ? index.councilCells.get(String(segments[1])) : undefined;
    if (council) return council;
    const sentence = segments[0] === 'narrativeFigures' ? proseCellOf(plan, segments[1], index) : undefined;
    if (sentence) return sentence;
    const match = rowOf(plan, segments, find);
    if (match) {
      const column = match.field === undefined ? undefined : match.origin.columns.get(match.field);
      const first = Math.min(...match.origin.columns.values());
      return { sheet: match.origin.sheet, cell: address(column ?? first, match.origin.row) };
    }
    return { sheet: sheetName(FALLBACK_ROLES[String(segments[0])] ?? 'summary'), cell: 'A1' };
  };
}

/** The cell of the chapters that holds a narrative figure's sentence (spaces compared loosely). */
function proseCellOf(plan: Plan, at: Segment | undefined, index: PlacementIndex): { sheet: string; cell: string } | undefined {
  const quote = typeof at === 'number' ? plan.narrativeFigures?.[at]?.quote : undefined;
  if (quote === undefined || quote.trim() === '') return undefined;
  const loose = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const wanted = loose(quote);
  const found = index.proseCells.find((p) => loose(p.text).includes(wanted));
  return found ? { sheet: found.sheet, cell: found.cell } : undefined;
}

/** A finding's location moved from its JSON path to its cell; cell locations stay as they are. */
export function locatedAtCell(finding: Finding, locate: CellLocator): Finding {
  if (!('path' in finding.location)) return finding;
  const location: Location = locate(finding.location.path);
  return { ...finding, location };
}

const FALLBACK_ROLES: Readonly<Record<string, SheetRole>> = {
  municipalities: 'municipalities',
  council: 'municipalities',
  sections: 'goals',
  budget: 'budget',
  contributions: 'costPools',
};

/** The deepest object on the path that came from a table row, and the field of it the path names next. */
function rowOf(
  plan: Plan,
  segments: readonly Segment[],
  find: (table: string, ...parts: Array<string | number>) => Placement | undefined,
): { origin: Placement; field?: string } | null {
  let best: { origin: Placement; field?: string } | null = null;
  let value: unknown = plan;
  const objects: unknown[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] as Segment;
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
    objects.push(value);
    if (typeof segment !== 'number' || value === null || typeof value !== 'object') continue;
    const collection = String(segments[i - 1]);
    const origin = originOf(collection, value as Record<string, unknown>, segments.slice(0, i - 1), objects, find);
    if (origin) {
      const next = segments[i + 1];
      best = { origin, field: typeof next === 'string' ? next : undefined };
    }
  }
  return best;
}

function originOf(
  collection: string,
  item: Record<string, unknown>,
  parentSegments: readonly Segment[],
  objects: readonly unknown[],
  find: (table: string, ...parts: Array<string | number>) => Placement | undefined,
): Placement | undefined {
  const id = typeof item.id === 'string' ? item.id : undefined;
  const parent = parentSegments.at(-1);
  const owner = (depth: number): Record<string, unknown> | undefined => objects[parentSegments.length - depth] as Record<string, unknown> | undefined;
  switch (collection) {
    case 'municipalities':
      return parent === undefined && id ? find('Municipalities', id) : undefined;
    case 'sections':
      return id ? find('Sections', id) : undefined;
    case 'goals':
      return id ? find('Goals', id) : undefined;
    case 'actions':
    case 'subActions':
      return id ? find('Actions', id) : undefined;
    case 'metrics':
      return id ? find('Metrics', id) : undefined;
    case 'values': {
      const metric = owner(1);
      return typeof metric?.id === 'string' && typeof item.year === 'number' ? find('MetricValues', metric.id, item.year) : undefined;
    }
    case 'years':
      return parent === 'budget' && typeof item.year === 'number' ? find('BudgetYears', item.year) : undefined;
    case 'lines':
      return id ? find('BudgetLines', id) : undefined;
    case 'pools':
      return id ? find('Pools', id) : undefined;
    case 'weights':
    case 'amounts': {
      const municipality = typeof item.municipality === 'string' ? item.municipality : undefined;
      if (!municipality) return undefined;
      if (parent === 'previous') return find('PreviousContributions', municipality);
      const pool = owner(2);
      return typeof pool?.id === 'string' ? find('PoolMembers', pool.id, municipality) : undefined;
    }
    default:
      return undefined;
  }
}
