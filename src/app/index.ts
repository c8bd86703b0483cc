/**
 * The use cases every host calls. The command line (with the .xlsx host)
 * and the task pane (with the live Excel host) choose one of these; neither
 * assembles the pipeline of parsing, validating, laying out and reading back
 * itself.
 */
export { chooseAppendices, workbookLanguage, APPENDIX_ROLES, PRINT_LOCALES, type AppendixChoice } from './appendices';
export {
  explainContributions,
  type ContributionsExplanation,
  type MunicipalityShare,
  type PoolExplanation,
  type PoolShareLine,
} from './explain-contributions';
export { layOutPlan } from './lay-out-plan';
export { openPlanFile, type OpenedPlan } from './open-plan-file';
export type { GridReading, UnreadableReason, WorkbookReader, WorkbookWriter } from './ports';
export { readWorkbookGrid, type WorkbookReading } from './read-workbook-grid';
export { rebuildWorkbook, type Rebuild, type RebuildNote } from './rebuild-workbook';
export { reportOnPlan, type PlanReport, type ShareLine } from './report-on-plan';
export type { LaidOutWorkbook } from '../layout/lay-out-workbook';
