import { z } from 'zod';
import { LANGUAGES } from './language';

// Validators are never compiled with new Function: the task pane runs under a
// Content-Security-Policy without 'unsafe-eval', and shipped code evaluates no strings.
z.config({ jitless: true });

/**
 * The plan file's schema. The TypeScript types are inferred from it (plan.ts),
 * and docs/plan.schema.json is generated from it, so the three never disagree.
 *
 * Shapes only: relations between objects (ids that must exist, sums that must
 * match) are validation rules in the engine, so that a plan with a dangling
 * reference still loads and gets a finding instead of a parse error.
 */

export const SCHEMA_VERSION = 1 as const;

/** Euros with at most two decimals, as a string so that no float ever touches money. */
export const MoneySchema = z
  .string()
  .regex(/^-?\d+(\.\d{1,2})?$/, { message: 'format.money' })
  .describe('Euros as a decimal string with at most two decimals, e.g. "1853839" or "1234.50"');

/** Any decimal number as a string (weights, metric values, percentages). */
export const DecimalSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, { message: 'format.decimal' })
  .describe('A decimal number as a string, e.g. "0.5" or "-14"');

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'format.date' })
  .describe('A calendar date as YYYY-MM-DD');

export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'format.id' })
  .max(64)
  .describe('A stable identifier: letters, digits, dot, dash or underscore');

export const YearSchema = z.number().int().min(1900).max(2200);

const Text = z.string();

export const PLAN_LANGUAGES = LANGUAGES;

/**
 * A note in several languages, keyed by language code: the workbook prints
 * the plan's language only. A plain string is a note in the plan's language.
 */
export const TaggedNoteSchema = z
  .partialRecord(z.enum(PLAN_LANGUAGES), z.string())
  .describe('The same note in several languages, keyed by language code, e.g. {"fi": "...", "en": "..."}');
const Note = z
  .union([z.string(), TaggedNoteSchema])
  .optional()
  .describe('Free text, e.g. where a figure comes from or that it is illustrative: a string in the plan\'s language, or an object keyed by language code');
const Count = z.number().int().min(0);

export const MunicipalitySchema = z.strictObject({
  id: IdSchema,
  name: Text,
  population: z.number().int(),
  populationDate: IsoDateSchema,
  note: Note,
});

export const CouncilSchema = z.strictObject({
  seatsPerStartedInhabitants: z.number().int().describe('One seat per started block of this many inhabitants'),
  minimumSeats: z.number().int().min(0),
  declaredSize: z.number().int().describe('The council size the plan states'),
  note: Note,
});

export const OrganisationSchema = z.strictObject({
  name: Text,
  legalBasis: Text,
  hostMunicipality: IdSchema,
  agreement: Text.optional(),
  note: Note,
});

export const MeetingSchema = z.strictObject({
  body: Text,
  date: IsoDateSchema,
  section: Text.describe('The minute section (pykälä) without "§"; "xx" while not yet known'),
});

export const DocumentSchema = z.strictObject({
  title: Text,
  planTitle: Text.optional(),
  context: z.array(Text).optional().describe('Where the plan sits in a larger document, e.g. the host budget book'),
  meetings: z.array(MeetingSchema),
  actionPlanHeading: Text.optional(),
  crossCuttingHeading: Text.optional(),
});

export const ChapterSchema = z.strictObject({
  id: IdSchema,
  number: Text.optional(),
  title: Text,
  paragraphs: z.array(Text),
});

export const BasicTaskSchema = z.strictObject({
  id: IdSchema,
  number: z.number().int().min(1),
  title: Text,
  items: z.array(Text),
});

export const ACTION_STATUSES = ['planned', 'inProgress', 'done', 'cancelled'] as const;
export const ActionStatusSchema = z.enum(ACTION_STATUSES);

export const SubActionSchema = z.strictObject({
  id: IdSchema,
  text: Text,
  status: ActionStatusSchema.optional(),
});

export const ActionSchema = z.strictObject({
  id: IdSchema,
  text: Text,
  status: ActionStatusSchema.optional(),
  subActions: z.array(SubActionSchema).optional(),
});

export const METRIC_KINDS = ['output', 'outcome'] as const;
export const MetricKindSchema = z
  .enum(METRIC_KINDS)
  .describe('output = suoritemittari, outcome = tulosmittari');

export const MetricValueSchema = z.strictObject({
  year: YearSchema,
  baseline: DecimalSchema.optional(),
  target: DecimalSchema.optional(),
  actual: DecimalSchema.optional(),
});

export const MetricSchema = z.strictObject({
  id: IdSchema,
  text: Text,
  kind: MetricKindSchema.optional(),
  unit: Text.optional(),
  values: z.array(MetricValueSchema).optional(),
});

export const MunicipalityScopeSchema = z.strictObject({
  municipalities: z.array(IdSchema),
  text: Text.optional().describe('The scope as the plan writes it, e.g. "(Halsua ja Toholampi)"'),
});

export const GoalSchema = z.strictObject({
  id: IdSchema,
  title: Text,
  subtitle: Text.optional(),
  heading: Text.optional().describe('A subheading the plan prints before this goal'),
  scope: MunicipalityScopeSchema.optional(),
  responsibleBodies: z.array(Text).optional(),
  actions: z.array(ActionSchema),
  metrics: z.array(MetricSchema),
  note: Note,
});

export const SECTION_KINDS = ['team', 'crossCutting'] as const;
export const SectionSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(SECTION_KINDS),
  title: Text,
  goals: z.array(GoalSchema),
  note: Note,
});

export const BUDGET_YEAR_KINDS = ['TP', 'TA', 'TS'] as const;
export const BudgetYearSchema = z.strictObject({
  year: YearSchema,
  kind: z.enum(BUDGET_YEAR_KINDS).describe('TP = tilinpäätös (actual), TA = talousarvio (budget), TS = taloussuunnitelma (plan)'),
  total: MoneySchema.optional(),
  municipalFunding: MoneySchema.optional(),
  externalFunding: MoneySchema.optional(),
  note: Note,
});

export const BudgetLineAmountSchema = z.strictObject({ year: YearSchema, amount: MoneySchema });

export const BudgetLineSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  sectionId: IdSchema.optional(),
  amounts: z.array(BudgetLineAmountSchema),
  note: Note,
});

export const BudgetSchema = z.strictObject({
  years: z.array(BudgetYearSchema),
  lines: z.array(BudgetLineSchema).optional(),
  note: Note,
});

export const StaffSchema = z.strictObject({
  date: IsoDateSchema,
  total: Count,
  permanent: Count,
  fixedTerm: Count,
  note: Note,
});

export const ProjectsSchema = z.strictObject({
  date: IsoDateSchema.optional(),
  ongoing: Count,
  portfolioValue: MoneySchema,
  portfolioValueApproximate: z.boolean().optional(),
  applicationsPending: Count,
  inPreparation: Count,
  note: Note,
});

export const MunicipalityWeightSchema = z.strictObject({ municipality: IdSchema, weight: DecimalSchema });
export const MunicipalityAmountSchema = z.strictObject({ municipality: IdSchema, amount: MoneySchema });

export const ALLOCATION_KEY_KINDS = ['population', 'equal', 'weights', 'fixed'] as const;
export const AllocationKeySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('population') }),
  z.strictObject({ kind: z.literal('equal') }),
  z.strictObject({ kind: z.literal('weights'), weights: z.array(MunicipalityWeightSchema) }),
  z.strictObject({ kind: z.literal('fixed'), amounts: z.array(MunicipalityAmountSchema) }),
]);

export const ROUNDINGS = ['cent', 'euro'] as const;

export const PoolSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  amount: MoneySchema,
  key: AllocationKeySchema,
  municipalities: z
    .array(IdSchema)
    .optional()
    .describe('The municipalities that share this pool; all members when omitted'),
  rounding: z.enum(ROUNDINGS),
  note: Note,
});

export const PreviousContributionsSchema = z.strictObject({
  year: YearSchema,
  amounts: z.array(MunicipalityAmountSchema),
  note: Note,
});

export const ContributionsSchema = z.strictObject({
  pools: z.array(PoolSchema),
  previous: PreviousContributionsSchema.optional(),
  note: Note,
});

export const NARRATIVE_MEASURES = ['total', 'municipalFunding', 'externalFunding'] as const;
export const NARRATIVE_KINDS = ['share', 'change'] as const;
export const NarrativeFigureSchema = z.strictObject({
  id: IdSchema,
  quote: Text.describe('The sentence of the plan that states the figure'),
  kind: z.enum(NARRATIVE_KINDS).describe('share: measure / total in year; change: year minus baseYear'),
  measure: z.enum(NARRATIVE_MEASURES),
  year: YearSchema,
  baseYear: YearSchema.optional(),
  value: DecimalSchema,
  unit: z.enum(['%', '€']),
  approximate: z.boolean().describe('true when the text says "noin", "n." or similar'),
});

export const PlanSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  language: z.enum(PLAN_LANGUAGES),
  organisation: OrganisationSchema,
  municipalities: z.array(MunicipalitySchema),
  council: CouncilSchema,
  document: DocumentSchema,
  budgetYear: YearSchema,
  planYears: z.array(YearSchema).describe('The budget year first, then the plan years'),
  chapters: z.array(ChapterSchema).optional().describe('The plan\'s prose chapters, verbatim'),
  basicTasks: z.array(BasicTaskSchema),
  sections: z.array(SectionSchema),
  budget: BudgetSchema,
  staff: StaffSchema.optional(),
  projects: ProjectsSchema.optional(),
  contributions: ContributionsSchema,
  narrativeFigures: z.array(NarrativeFigureSchema).optional(),
});
