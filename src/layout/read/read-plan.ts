import type { Finding } from '../../model/finding';
import { jsonPath } from '../../model/json-path';
import type { Plan } from '../../model/plan';
import { PlanSchema } from '../../model/plan.schema';
import { withoutUndefined } from '../schema/plan-metadata';
import type { SheetGrid } from '../sheet-grid';
import {
  ACTIONS_TABLE,
  BUDGET_LINES_TABLE,
  BUDGET_YEARS_TABLE,
  GOALS_TABLE,
  METRIC_VALUES_TABLE,
  METRICS_TABLE,
  MUNICIPALITIES_TABLE,
  POOL_MEMBERS_TABLE,
  POOLS_TABLE,
  PREVIOUS_CONTRIBUTIONS_TABLE,
  SECTIONS_TABLE,
  SHEET_NAMES,
  type TableSpec,
} from '../schema/tables';
import type { SheetRole } from '../workbook-layout';
import { pathLocator, type CellLocator } from '../schema/locate-path';
import type { PlacementIndex } from '../schema/placement';
import { detectLanguage, findSheet } from './grid-tables';
import { ReadContext } from './read-context';
import { readBudgetLines, readBudgetYears } from './read-budget';
import { readContributions } from './read-contributions';
import { readCouncil } from './read-council';
import { readMetadata } from './read-metadata';
import { readMunicipalities } from './read-municipalities';
import { readSections } from './read-structure';
import { knownIds, tableRows } from './table-rows';
import { WORKBOOK_RULES } from './workbook-rules';

export interface ReadPlanResult {
  /** The plan, or null when a part it cannot do without is missing (see below). */
  plan: Plan | null;
  findings: Finding[];
  /** Where a path into the plan stands in this workbook, for findings about the plan read. */
  locate: CellLocator;
  /** The rows each plan object was read from. */
  index: PlacementIndex;
}

/**
 * Reads a plan back from a workbook: the metadata JSON, the council rule
 * cells and the editable tables. Never throws on what people do in Excel; it
 * reports, at the sheet and cell concerned.
 *
 * What the plan gets:
 * - rows in the order they stand (objects go under their parent in row
 *   order); blank rows are skipped; extra columns are ignored; columns are
 *   found by header (either language) in any order;
 * - a row is left out when its id, a required number, date, year or enum,
 *   or its parent (the team of a goal, the goal of an action or metric, the
 *   action of a sub-action, the metric of a value, the pool of a member) is
 *   missing, unreadable or does not exist; the finding says "row N was left
 *   out", and the rest of the table is read;
 * - an unreadable optional value is left out on its own; an empty required
 *   text (a name, a title) is read as "" and reported; a plain reference to
 *   something that does not exist (a scope's, a pool member's or a previous
 *   contribution's municipality, a budget line's team) is kept as typed and
 *   reported, so nothing typed is lost;
 * - no plan at all (null) when the metadata is missing or corrupt, a sheet,
 *   table or required column is missing, or the council rule cannot be read:
 *   a plan with a whole part silently missing would be worse than none.
 *
 *
 * Whether derived cells still hold their formulas is checked against the
 * layout of the plan read (expected-formulas.ts), by the application layer,
 * which lays that plan out anyway.
 */
export function readPlan(grid: SheetGrid): ReadPlanResult {
  const probe = new ReadContext(detectLanguage(grid));
  const metadata = readMetadata(grid, probe);
  const context = new ReadContext(metadata?.language ?? probe.language);
  context.findings.push(...probe.findings);
  context.complete = probe.complete;
  for (const { table, key, note } of metadata?.notes ?? []) context.taggedNotes.set(`${table}:${key}`, note);

  const table = (spec: TableSpec) => tableRows(grid, spec, context);
  const municipalitiesTable = table(MUNICIPALITIES_TABLE);
  const councilSheet = municipalitiesTable?.area.sheet ?? findSheet(grid, 'municipalities');
  const council = councilSheet ? readCouncil(councilSheet, context) : null;

  const tables = {
    budgetYears: table(BUDGET_YEARS_TABLE),
    budgetLines: table(BUDGET_LINES_TABLE),
    sections: table(SECTIONS_TABLE),
    goals: table(GOALS_TABLE),
    actions: table(ACTIONS_TABLE),
    metrics: table(METRICS_TABLE),
    metricValues: table(METRIC_VALUES_TABLE),
    pools: table(POOLS_TABLE),
    members: table(POOL_MEMBERS_TABLE),
    previous: table(PREVIOUS_CONTRIBUTIONS_TABLE),
  };

  const municipalities = readMunicipalities(context, municipalitiesTable);
  const municipalityIds = knownIds(municipalitiesTable, municipalities.map((m) => m.id));
  const sections = readSections(context, tables, municipalityIds);
  const sectionIds = knownIds(tables.sections, sections.map((s) => s.id));
  const budgetYears = readBudgetYears(context, tables.budgetYears);
  const budgetLines = readBudgetLines(context, tables.budgetLines, sectionIds);
  const contributions = readContributions(context, tables, municipalityIds, metadata?.contributions);

  // The chapters sheet is derived: read only to point findings at the sentences they check.
  const chapters = findSheet(grid, 'chapters');
  for (const [cell, value] of Object.entries(chapters?.cells ?? {})) {
    if (chapters && typeof value.value === 'string') context.proseCells.push({ sheet: chapters.name, cell, text: value.value });
  }

  const sheetName = (role: SheetRole): string => findSheet(grid, role)?.name ?? SHEET_NAMES[role][context.language];
  const unlocated: CellLocator = () => ({ sheet: sheetName('summary'), cell: 'A1' });
  if (!metadata || !council || !context.complete) return { plan: null, findings: context.findings, locate: unlocated, index: context };

  const plan: Plan = withoutUndefined({
    schemaVersion: metadata.schemaVersion,
    language: metadata.language,
    organisation: metadata.organisation,
    municipalities,
    council: withoutUndefined({ ...council, note: metadata.council.note }),
    document: metadata.document,
    budgetYear: metadata.budgetYear,
    planYears: metadata.planYears,
    chapters: metadata.chapters,
    basicTasks: metadata.basicTasks,
    sections,
    budget: withoutUndefined({ years: budgetYears, lines: budgetLines, note: metadata.budget.note }),
    staff: metadata.staff,
    projects: metadata.projects,
    contributions,
    narrativeFigures: metadata.narrativeFigures,
  });

  // Every cell was checked against the schema's formats; this guards the assembly itself.
  const checked = PlanSchema.safeParse(plan);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    context.report(
      WORKBOOK_RULES.metadata,
      'plan.invalid',
      { path: jsonPath((issue?.path ?? []) as Array<string | number>), detail: issue?.message ?? '' },
      SHEET_NAMES.metadata[context.language],
      'A1',
      { key: 'outcome.plan-unread' },
    );
    return { plan: null, findings: context.findings, locate: unlocated, index: context };
  }

  return { plan, findings: context.findings, locate: pathLocator(plan, context, sheetName), index: context };
}
