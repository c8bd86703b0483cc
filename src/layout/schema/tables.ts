import type { LocalisedText } from '../../model/finding';
import type { SheetRole } from '../workbook-layout';

/**
 * The editable Excel tables: their stable names, their columns and how each
 * column's cells are read back. Table names are language-independent so that
 * formulas, the add-in and the reader find them in a Finnish or an English
 * workbook; headers are localised.
 *
 * Derived columns are calculated columns that the layout fills with formulas;
 * the reader checks them (a constant over a formula is reported) but never
 * takes plan data from them.
 */

export type ColumnKind = 'id' | 'text' | 'integer' | 'money' | 'decimal' | 'date' | 'year' | 'enum' | 'reference';

export interface ColumnSpec {
  key: string;
  header: LocalisedText;
  kind: ColumnKind;
  /** A row without this value is reported (blank rows are skipped before). */
  required: boolean;
  /** Excel character units. */
  width: number;
  /** For enum columns: the enum whose localised labels the cells hold. */
  enumName?: EnumName;
  /** Calculated by the layout; never read as plan data. */
  derived?: boolean;
}

export interface TableSpec {
  name: string;
  role: SheetRole;
  columns: ColumnSpec[];
}

const t = (fi: string, en: string): LocalisedText => ({ fi, en });

function column(key: string, header: LocalisedText, kind: ColumnKind, width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  return { key, header, kind, width, required: false, ...extra };
}

export const MUNICIPALITIES_TABLE: TableSpec = {
  name: 'Municipalities',
  role: 'municipalities',
  columns: [
    column('id', t('Tunnus', 'Id'), 'id', 14, { required: true }),
    column('name', t('Kunta', 'Municipality'), 'text', 20, { required: true }),
    column('population', t('Asukasluku', 'Population'), 'integer', 13, { required: true }),
    column('populationDate', t('Väestöpäivä', 'Population date'), 'date', 14, { required: true }),
    column('populationShare', t('Väestöosuus', 'Population share'), 'decimal', 13, { derived: true }),
    column('seats', t('Valtuustopaikat', 'Council seats'), 'integer', 15, { derived: true }),
    column('note', t('Huomautus', 'Note'), 'text', 50),
  ],
};

export const BUDGET_YEARS_TABLE: TableSpec = {
  name: 'BudgetYears',
  role: 'budget',
  columns: [
    column('year', t('Vuosi', 'Year'), 'year', 8, { required: true }),
    column('kind', t('Laji', 'Kind'), 'enum', 8, { required: true, enumName: 'budgetYearKind' }),
    column('total', t('Yhteensä', 'Total'), 'money', 15),
    column('municipalFunding', t('Kuntarahoitus', 'Municipal funding'), 'money', 15),
    column('externalFunding', t('Ulkopuolinen rahoitus', 'External funding'), 'money', 15),
    column('balance', t('Tarkistus', 'Check'), 'money', 11, { derived: true }),
    column('municipalShare', t('Kuntarahoitus %', 'Municipal %'), 'decimal', 12, { derived: true }),
    column('totalChange', t('Muutos €', 'Change €'), 'money', 14, { derived: true }),
    column('totalChangePercent', t('Muutos %', 'Change %'), 'decimal', 10, { derived: true }),
    column('note', t('Huomautus', 'Note'), 'text', 50),
  ],
};

/** Budget lines: one amount column per year is added after these, headed by the year itself. */
export const BUDGET_LINES_TABLE: TableSpec = {
  name: 'BudgetLines',
  role: 'budget',
  columns: [
    column('id', t('Tunnus', 'Id'), 'id', 14, { required: true }),
    column('name', t('Nimi', 'Name'), 'text', 30, { required: true }),
    column('section', t('Tiimi', 'Team'), 'reference', 16),
    column('note', t('Huomautus', 'Note'), 'text', 40),
  ],
};

export const POOLS_TABLE: TableSpec = {
  name: 'Pools',
  role: 'costPools',
  columns: [
    column('id', t('Tunnus', 'Id'), 'id', 14, { required: true }),
    column('name', t('Kustannuserä', 'Cost pool'), 'text', 34, { required: true }),
    column('amount', t('Summa', 'Amount'), 'money', 14, { required: true }),
    column('key', t('Jakoperuste', 'Allocation key'), 'enum', 14, { required: true, enumName: 'allocationKey' }),
    column('rounding', t('Pyöristys', 'Rounding'), 'enum', 10, { required: true, enumName: 'rounding' }),
    column('allMunicipalities', t('Kaikki kunnat', 'All municipalities'), 'enum', 12, { required: true, enumName: 'yesNo' }),
    column('note', t('Huomautus', 'Note'), 'text', 50),
  ],
};

/** Who takes part in a pool (when not all), and the weights or fixed amounts of its key. */
export const POOL_MEMBERS_TABLE: TableSpec = {
  name: 'PoolMembers',
  role: 'costPools',
  columns: [
    column('pool', t('Kustannuserä', 'Cost pool'), 'reference', 14, { required: true }),
    column('municipality', t('Kunta', 'Municipality'), 'reference', 14, { required: true }),
    column('weight', t('Paino', 'Weight'), 'decimal', 10),
    column('fixedAmount', t('Kiinteä summa', 'Fixed amount'), 'money', 14),
  ],
};

export const PREVIOUS_CONTRIBUTIONS_TABLE: TableSpec = {
  name: 'PreviousContributions',
  role: 'costPools',
  columns: [
    column('year', t('Vuosi', 'Year'), 'year', 8, { required: true }),
    column('municipality', t('Kunta', 'Municipality'), 'reference', 14, { required: true }),
    column('amount', t('Kuntaosuus', 'Contribution'), 'money', 14, { required: true }),
  ],
};

export const SECTIONS_TABLE: TableSpec = {
  name: 'Sections',
  role: 'sections',
  columns: [
    column('id', t('Tunnus', 'Id'), 'id', 16, { required: true }),
    column('kind', t('Laji', 'Kind'), 'enum', 14, { required: true, enumName: 'sectionKind' }),
    column('title', t('Tiimi tai osio', 'Team or section'), 'text', 45, { required: true }),
    column('note', t('Huomautus', 'Note'), 'text', 40),
  ],
};

export const GOALS_TABLE: TableSpec = {
  name: 'Goals',
  role: 'goals',
  columns: [
    column('id', t('Tunnus', 'Id'), 'id', 16, { required: true }),
    column('section', t('Tiimi', 'Team'), 'reference', 16, { required: true }),
    column('title', t('Tavoite', 'Goal'), 'text', 50, { required: true }),
    column('subtitle', t('Alaotsikko', 'Subtitle'), 'text', 25),
    column('heading', t('Väliotsikko', 'Heading'), 'text', 25),
    column('scope', t('Kunnat', 'Municipalities'), 'text', 20),
    column('scopeText', t('Rajaus tekstinä', 'Scope as written'), 'text', 20),
    column('responsibleBodies', t('Vastuutahot', 'Responsible bodies'), 'text', 20),
    column('note', t('Huomautus', 'Note'), 'text', 30),
    // Toimenpiteiden toteutumisaste (engine/progress.ts), counted from the Actions table.
    column('actionsDone', t('Toteutuneet', 'Actions done'), 'integer', 11, { derived: true }),
    column('actionsCounted', t('Seurattavat', 'Actions followed'), 'integer', 11, { derived: true }),
    column('progress', t('Toteutumisaste', 'Progress'), 'decimal', 13, { derived: true }),
  ],
};

/** Actions and sub-actions: a sub-action names its parent action. */
export const ACTIONS_TABLE: TableSpec = {
  name: 'Actions',
  role: 'actions',
  columns: [
    column('id', t('Tunnus', 'Id'), 'id', 18, { required: true }),
    column('goal', t('Tavoite', 'Goal'), 'reference', 16, { required: true }),
    column('parent', t('Yläkohta', 'Parent action'), 'reference', 18),
    column('text', t('Toimenpide', 'Action'), 'text', 80, { required: true }),
    column('status', t('Tila', 'Status'), 'enum', 12, { enumName: 'actionStatus' }),
  ],
};

export const METRICS_TABLE: TableSpec = {
  name: 'Metrics',
  role: 'metrics',
  columns: [
    column('id', t('Tunnus', 'Id'), 'id', 16, { required: true }),
    column('goal', t('Tavoite', 'Goal'), 'reference', 16, { required: true }),
    column('text', t('Mittari', 'Metric'), 'text', 60, { required: true }),
    column('kind', t('Laji', 'Kind'), 'enum', 14, { enumName: 'metricKind' }),
    column('unit', t('Yksikkö', 'Unit'), 'text', 8),
  ],
};

export const METRIC_VALUES_TABLE: TableSpec = {
  name: 'MetricValues',
  role: 'metrics',
  columns: [
    column('metric', t('Mittari', 'Metric'), 'reference', 16, { required: true }),
    column('year', t('Vuosi', 'Year'), 'year', 8, { required: true }),
    column('baseline', t('Lähtötaso', 'Baseline'), 'decimal', 11),
    column('target', t('Tavoite', 'Target'), 'decimal', 11),
    column('actual', t('Toteuma', 'Actual'), 'decimal', 11),
    // Reached, not reached or no data (engine/progress.ts metricStatus).
    column('status', t('Tila', 'Status'), 'text', 14, { derived: true }),
  ],
};

export const EDITABLE_TABLES: readonly TableSpec[] = [
  MUNICIPALITIES_TABLE,
  BUDGET_YEARS_TABLE,
  BUDGET_LINES_TABLE,
  POOLS_TABLE,
  POOL_MEMBERS_TABLE,
  PREVIOUS_CONTRIBUTIONS_TABLE,
  SECTIONS_TABLE,
  GOALS_TABLE,
  ACTIONS_TABLE,
  METRICS_TABLE,
  METRIC_VALUES_TABLE,
];

/** Localised labels of the enumerations that cells hold (and data-validation lists offer). */
export const ENUM_LABELS = {
  budgetYearKind: { TP: t('TP', 'Actual'), TA: t('TA', 'Budget'), TS: t('TS', 'Plan') },
  allocationKey: {
    population: t('Asukasluku', 'Population'),
    equal: t('Tasajako', 'Equal'),
    weights: t('Painot', 'Weights'),
    fixed: t('Kiinteät summat', 'Fixed amounts'),
  },
  rounding: { cent: t('Sentti', 'Cent'), euro: t('Euro', 'Euro') },
  yesNo: { yes: t('Kyllä', 'Yes'), no: t('Ei', 'No') },
  sectionKind: { team: t('Tiimi', 'Team'), crossCutting: t('Läpileikkaava', 'Cross-cutting') },
  actionStatus: {
    planned: t('Suunniteltu', 'Planned'),
    inProgress: t('Käynnissä', 'In progress'),
    done: t('Toteutunut', 'Done'),
    cancelled: t('Peruttu', 'Cancelled'),
  },
  metricKind: { output: t('Suoritemittari', 'Output'), outcome: t('Tulosmittari', 'Outcome') },
} as const satisfies Record<string, Record<string, LocalisedText>>;

export type EnumName = keyof typeof ENUM_LABELS;

/** Sheet names by role and language (≤ 31 characters, none of : \ / ? * [ ]). */
export const SHEET_NAMES: Record<Exclude<SheetRole, 'metadata'>, LocalisedText> & { metadata: LocalisedText } = {
  summary: t('Yhteenveto', 'Summary'),
  municipalities: t('Kunnat', 'Municipalities'),
  budget: t('Talousarvio', 'Budget'),
  costPools: t('Kustannuserät', 'Cost pools'),
  contributions: t('Kuntaosuudet', 'Contributions'),
  sections: t('Tiimit', 'Teams'),
  goals: t('Tavoitteet', 'Goals'),
  actions: t('Toimenpiteet', 'Actions'),
  metrics: t('Mittarit', 'Metrics'),
  actionPlan: t('Toimintasuunnitelma', 'Action plan'),
  findings: t('Tarkistukset', 'Checks'),
  metadata: t('PlanSheets', 'PlanSheets'),
};

/** The order of the sheets in the workbook. */
export const SHEET_ORDER: readonly SheetRole[] = [
  'summary',
  'municipalities',
  'budget',
  'costPools',
  'contributions',
  'sections',
  'goals',
  'actions',
  'metrics',
  'actionPlan',
  'findings',
  'metadata',
];
