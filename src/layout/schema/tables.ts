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

const t = (fi: string, en: string, sv: string): LocalisedText => ({ fi, en, sv });

function column(key: string, header: LocalisedText, kind: ColumnKind, width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  return { key, header, kind, width, required: false, ...extra };
}

export const MUNICIPALITIES_TABLE: TableSpec = {
  name: 'Municipalities',
  role: 'municipalities',
  columns: [
    column('id', t('Tunnus', 'Id', 'Id'), 'id', 14, { required: true }),
    column('name', t('Kunta', 'Municipality', 'Kommun'), 'text', 20, { required: true }),
    column('population', t('Asukasluku', 'Population', 'Invånarantal'), 'integer', 13, { required: true }),
    column('populationDate', t('Väestöpäivä', 'Population date', 'Datum för invånarantal'), 'date', 14, { required: true }),
    column('populationShare', t('Väestöosuus', 'Population share', 'Andel av invånarna'), 'decimal', 13, { derived: true }),
    column('seats', t('Valtuustopaikat', 'Council seats', 'Platser i fullmäktige'), 'integer', 15, { derived: true }),
    column('note', t('Huomautus', 'Note', 'Anmärkning'), 'text', 50),
  ],
};

export const BUDGET_YEARS_TABLE: TableSpec = {
  name: 'BudgetYears',
  role: 'budget',
  columns: [
    column('year', t('Vuosi', 'Year', 'År'), 'year', 8, { required: true }),
    column('kind', t('Laji', 'Kind', 'Slag'), 'enum', 8, { required: true, enumName: 'budgetYearKind' }),
    column('total', t('Yhteensä', 'Total', 'Sammanlagt'), 'money', 15),
    column('municipalFunding', t('Kuntarahoitus', 'Municipal funding', 'Kommunal finansiering'), 'money', 15),
    column('externalFunding', t('Ulkopuolinen rahoitus', 'External funding', 'Extern finansiering'), 'money', 15),
    column('balance', t('Tarkistus', 'Check', 'Kontroll'), 'money', 11, { derived: true }),
    column('municipalShare', t('Kuntarahoitus %', 'Municipal %', 'Kommunal andel %'), 'decimal', 12, { derived: true }),
    column('totalChange', t('Muutos €', 'Change €', 'Ändring €'), 'money', 14, { derived: true }),
    column('totalChangePercent', t('Muutos %', 'Change %', 'Ändring %'), 'decimal', 10, { derived: true }),
    column('note', t('Huomautus', 'Note', 'Anmärkning'), 'text', 50),
  ],
};

/** Budget lines: one amount column per year is added after these, headed by the year itself. */
export const BUDGET_LINES_TABLE: TableSpec = {
  name: 'BudgetLines',
  role: 'budget',
  columns: [
    column('id', t('Tunnus', 'Id', 'Id'), 'id', 14, { required: true }),
    column('name', t('Nimi', 'Name', 'Namn'), 'text', 30, { required: true }),
    column('section', t('Tiimi', 'Team', 'Team'), 'reference', 16),
    column('note', t('Huomautus', 'Note', 'Anmärkning'), 'text', 40),
  ],
};

export const POOLS_TABLE: TableSpec = {
  name: 'Pools',
  role: 'costPools',
  columns: [
    column('id', t('Tunnus', 'Id', 'Id'), 'id', 14, { required: true }),
    column('name', t('Kustannuserä', 'Cost pool', 'Kostnadspost'), 'text', 34, { required: true }),
    column('amount', t('Summa', 'Amount', 'Belopp'), 'money', 14, { required: true }),
    column('key', t('Jakoperuste', 'Allocation key', 'Fördelas enligt'), 'enum', 14, { required: true, enumName: 'allocationKey' }),
    column('rounding', t('Pyöristys', 'Rounding', 'Avrundas till'), 'enum', 10, { required: true, enumName: 'rounding' }),
    column('allMunicipalities', t('Kaikki kunnat', 'All municipalities', 'Alla kommuner'), 'enum', 12, { required: true, enumName: 'yesNo' }),
    column('note', t('Huomautus', 'Note', 'Anmärkning'), 'text', 50),
  ],
};

/** Who takes part in a pool (when not all), and the weights or fixed amounts of its key. */
export const POOL_MEMBERS_TABLE: TableSpec = {
  name: 'PoolMembers',
  role: 'costPools',
  columns: [
    column('pool', t('Kustannuserä', 'Cost pool', 'Kostnadspost'), 'reference', 14, { required: true }),
    column('municipality', t('Kunta', 'Municipality', 'Kommun'), 'reference', 14, { required: true }),
    column('weight', t('Paino', 'Weight', 'Vikt'), 'decimal', 10),
    column('fixedAmount', t('Kiinteä summa', 'Fixed amount', 'Fast belopp'), 'money', 14),
  ],
};

export const PREVIOUS_CONTRIBUTIONS_TABLE: TableSpec = {
  name: 'PreviousContributions',
  role: 'costPools',
  columns: [
    column('year', t('Vuosi', 'Year', 'År'), 'year', 8, { required: true }),
    column('municipality', t('Kunta', 'Municipality', 'Kommun'), 'reference', 14, { required: true }),
    column('amount', t('Kuntaosuus', 'Contribution', 'Kommunandel'), 'money', 14, { required: true }),
  ],
};

export const SECTIONS_TABLE: TableSpec = {
  name: 'Sections',
  role: 'sections',
  columns: [
    column('id', t('Tunnus', 'Id', 'Id'), 'id', 16, { required: true }),
    column('kind', t('Laji', 'Kind', 'Slag'), 'enum', 14, { required: true, enumName: 'sectionKind' }),
    column('title', t('Tiimi tai osio', 'Team or section', 'Team eller avsnitt'), 'text', 45, { required: true }),
    column('note', t('Huomautus', 'Note', 'Anmärkning'), 'text', 40),
  ],
};

export const GOALS_TABLE: TableSpec = {
  name: 'Goals',
  role: 'goals',
  columns: [
    column('id', t('Tunnus', 'Id', 'Id'), 'id', 16, { required: true }),
    column('section', t('Tiimi', 'Team', 'Team'), 'reference', 16, { required: true }),
    column('title', t('Tavoite', 'Goal', 'Mål'), 'text', 50, { required: true }),
    column('subtitle', t('Alaotsikko', 'Subtitle', 'Underrubrik'), 'text', 25),
    column('heading', t('Väliotsikko', 'Heading', 'Mellanrubrik'), 'text', 25),
    column('scope', t('Kunnat', 'Municipalities', 'Kommuner'), 'text', 20),
    column('scopeText', t('Rajaus tekstinä', 'Scope as written', 'Avgränsning i text'), 'text', 20),
    column('responsibleBodies', t('Vastuutahot', 'Responsible bodies', 'Ansvariga organ'), 'text', 20),
    column('note', t('Huomautus', 'Note', 'Anmärkning'), 'text', 30),
    // Toimenpiteiden toteutumisaste (engine/progress.ts), counted from the Actions table.
    column('actionsDone', t('Toteutuneet', 'Actions done', 'Genomförda'), 'integer', 11, { derived: true }),
    column('actionsCounted', t('Seurattavat', 'Actions followed', 'Uppföljda'), 'integer', 11, { derived: true }),
    column('progress', t('Toteutumisaste', 'Progress', 'Genomförandegrad'), 'decimal', 13, { derived: true }),
  ],
};

/** Actions and sub-actions: a sub-action names its parent action. */
export const ACTIONS_TABLE: TableSpec = {
  name: 'Actions',
  role: 'actions',
  columns: [
    column('id', t('Tunnus', 'Id', 'Id'), 'id', 18, { required: true }),
    column('goal', t('Tavoite', 'Goal', 'Mål'), 'reference', 16, { required: true }),
    column('parent', t('Yläkohta', 'Parent action', 'Överordnad åtgärd'), 'reference', 18),
    column('text', t('Toimenpide', 'Action', 'Åtgärd'), 'text', 80, { required: true }),
    column('status', t('Tila', 'Status', 'Status'), 'enum', 12, { enumName: 'actionStatus' }),
  ],
};

export const METRICS_TABLE: TableSpec = {
  name: 'Metrics',
  role: 'metrics',
  columns: [
    column('id', t('Tunnus', 'Id', 'Id'), 'id', 16, { required: true }),
    column('goal', t('Tavoite', 'Goal', 'Mål'), 'reference', 16, { required: true }),
    column('text', t('Mittari', 'Metric', 'Mätare'), 'text', 60, { required: true }),
    column('kind', t('Laji', 'Kind', 'Slag'), 'enum', 14, { enumName: 'metricKind' }),
    column('unit', t('Yksikkö', 'Unit', 'Enhet'), 'text', 8),
  ],
};

export const METRIC_VALUES_TABLE: TableSpec = {
  name: 'MetricValues',
  role: 'metrics',
  columns: [
    column('metric', t('Mittari', 'Metric', 'Mätare'), 'reference', 16, { required: true }),
    column('year', t('Vuosi', 'Year', 'År'), 'year', 8, { required: true }),
    column('baseline', t('Lähtötaso', 'Baseline', 'Utgångsnivå'), 'decimal', 11),
    column('target', t('Tavoite', 'Target', 'Målvärde'), 'decimal', 11),
    column('actual', t('Toteuma', 'Actual', 'Utfall'), 'decimal', 11),
    // Reached, not reached or no data (engine/progress.ts metricStatus).
    column('status', t('Tila', 'Status', 'Status'), 'text', 14, { derived: true }),
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
  budgetYearKind: { TP: t('TP', 'Actual', 'BS'), TA: t('TA', 'Budget', 'BU'), TS: t('TS', 'Plan', 'EP') },
  allocationKey: {
    population: t('Asukasluku', 'Population', 'Invånarantal'),
    equal: t('Tasajako', 'Equal', 'Lika'),
    weights: t('Painot', 'Weights', 'Vikter'),
    fixed: t('Kiinteät summat', 'Fixed amounts', 'Fasta belopp'),
  },
  rounding: { cent: t('Sentti', 'Cent', 'Cent'), euro: t('Euro', 'Euro', 'Euro') },
  yesNo: { yes: t('Kyllä', 'Yes', 'Ja'), no: t('Ei', 'No', 'Nej') },
  sectionKind: { team: t('Tiimi', 'Team', 'Team'), crossCutting: t('Läpileikkaava', 'Cross-cutting', 'Tvärgående') },
  actionStatus: {
    planned: t('Suunniteltu', 'Planned', 'Planerad'),
    inProgress: t('Käynnissä', 'In progress', 'Pågår'),
    done: t('Toteutunut', 'Done', 'Genomförd'),
    cancelled: t('Peruttu', 'Cancelled', 'Inställd'),
  },
  metricKind: { output: t('Suoritemittari', 'Output', 'Prestationsmätare'), outcome: t('Tulosmittari', 'Outcome', 'Resultatmätare') },
} as const satisfies Record<string, Record<string, LocalisedText>>;

export type EnumName = keyof typeof ENUM_LABELS;

/** Sheet names by role and language (≤ 31 characters, none of : \ / ? * [ ]). */
export const SHEET_NAMES: Record<Exclude<SheetRole, 'metadata'>, LocalisedText> & { metadata: LocalisedText } = {
  summary: t('Yhteenveto', 'Summary', 'Sammandrag'),
  municipalities: t('Kunnat', 'Municipalities', 'Kommuner'),
  budget: t('Talousarvio', 'Budget', 'Budget'),
  costPools: t('Kustannuserät', 'Cost pools', 'Kostnadsposter'),
  contributions: t('Kuntaosuudet', 'Contributions', 'Kommunandelar'),
  sections: t('Tiimit', 'Teams', 'Team'),
  goals: t('Tavoitteet', 'Goals', 'Mål'),
  actions: t('Toimenpiteet', 'Actions', 'Åtgärder'),
  metrics: t('Mittarit', 'Metrics', 'Mätare'),
  chapters: t('Johdanto', 'Introduction', 'Inledning'),
  actionPlan: t('Toimintasuunnitelma', 'Action plan', 'Verksamhetsplan'),
  findings: t('Tarkistukset', 'Checks', 'Kontroller'),
  changes: t('Muutokset', 'Changes', 'Ändringar'),
  metadata: t('PlanSheets', 'PlanSheets', 'PlanSheets'),
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
  'chapters',
  'actionPlan',
  'findings',
  'changes',
  'metadata',
];

/** Sheets laid out only when asked for: Muutokset, when the workbook is built to compare with an earlier version. */
export const OPTIONAL_SHEETS: readonly SheetRole[] = ['changes'];
