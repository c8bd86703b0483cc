import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanData, parsePlanText } from '../../src/model/parse-plan';
import type { Plan } from '../../src/model/plan';

/** The plans the LibreOffice proofs build: the example, a harder one with everything the example lacks, and the Swedish example. */

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'kaustinen-2026.plan.json');

export function examplePlan(): Plan {
  const parsed = parsePlanText(readFileSync(EXAMPLE, 'utf8'));
  if (!parsed.ok) throw new Error(`the example does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.plan;
}

const SWEDISH_EXAMPLE = join(__dirname, '..', '..', 'examples', 'exempelregionen-2026.plan.json');

/** The fictional Swedish example: a plan in Swedish, with budget lines, previous contributions and pools of every key. */
export function swedishPlan(): Plan {
  const parsed = parsePlanText(readFileSync(SWEDISH_EXAMPLE, 'utf8'));
  if (!parsed.ok) throw new Error(`the Swedish example does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.plan;
}

/** The weights pool's amount and weights give an exact four-way tie of remainders (each half a cent). */
export const TIE_POOL = 'ties';

/**
 * The example in English, with everything the example lacks: previous
 * contributions (one of them zero, so its change % is blank), all budget
 * figures with cents, budget lines, and pools of every kind: population to
 * the cent, weights with an exact tie decided once by weight and once by
 * order, fixed amounts, population to the euro, a pool restricted to three
 * municipalities and an equal pool whose leftover euros go by order alone.
 * Veteli has its 31.12.2021 population, which gives it a fourth seat, so
 * the seats (16) differ from the declared council size (15), and 2029's
 * external funding is a cent short: both checks must show it, as the
 * engine does. Its actions and metrics are followed up (followUp below).
 */
export function harderPlan(): Plan {
  const plan = structuredClone(examplePlan());
  plan.language = 'en';
  plan.municipalities = plan.municipalities.map((m) => (m.id === 'veteli' ? { ...m, population: 3004, populationDate: '2021-12-31' } : m));
  const weights = (entries: Array<[string, string]>) => entries.map(([municipality, weight]) => ({ municipality, weight }));
  plan.contributions = {
    pools: [
      { id: 'base', name: 'Basic operations', amount: '612345.67', key: { kind: 'population' }, rounding: 'cent' },
      {
        id: TIE_POOL,
        name: 'Digital development',
        amount: '46684.40',
        key: { kind: 'weights', weights: weights([['halsua', '1.5'], ['kaustinen', '1.5'], ['lestijarvi', '2.5'], ['toholampi', '0.5'], ['veteli', '2']]) },
        rounding: 'cent',
      },
      {
        id: 'fixed',
        name: 'Employment services',
        amount: '50500.75',
        key: {
          kind: 'fixed',
          amounts: [
            { municipality: 'halsua', amount: '12000.50' },
            { municipality: 'toholampi', amount: '18000.25' },
            { municipality: 'veteli', amount: '20500.00' },
          ],
        },
        municipalities: ['halsua', 'toholampi', 'veteli'],
        rounding: 'cent',
      },
      { id: 'business', name: 'Business services', amount: '200001', key: { kind: 'population' }, rounding: 'euro' },
      {
        id: 'restricted',
        name: 'Rural administration',
        amount: '45000.01',
        key: { kind: 'population' },
        municipalities: ['veteli', 'lestijarvi', 'kaustinen'],
        rounding: 'cent',
      },
      { id: 'equal', name: 'Data protection', amount: '45003', key: { kind: 'equal' }, rounding: 'euro' },
    ],
    previous: {
      year: 2025,
      amounts: [
        { municipality: 'halsua', amount: '90000' },
        { municipality: 'kaustinen', amount: '380000.50' },
        { municipality: 'lestijarvi', amount: '0' },
        { municipality: 'toholampi', amount: '250000' },
        { municipality: 'veteli', amount: '283732.50' },
      ],
    },
  };
  const year = (y: number, kind: 'TP' | 'TA' | 'TS', total: string, municipalFunding: string, externalFunding: string) => ({
    year: y,
    kind,
    total,
    municipalFunding,
    externalFunding,
  });
  plan.budget = {
    years: [
      year(2024, 'TP', '2010000.55', '1050000.10', '960000.45'),
      year(2025, 'TA', '2157119', '1003733', '1153386'),
      // The pools above sum to 999 534.83.
      year(2026, 'TA', '1853839.57', '999534.83', '854304.74'),
      year(2027, 'TS', '1900000', '1010000', '890000'),
      year(2028, 'TS', '1950000.10', '1020000.05', '930000.05'),
      year(2029, 'TS', '1975000', '1030000', '944999.99'),
      year(2030, 'TS', '2000000.01', '1040000.01', '960000'),
    ],
    lines: [
      { id: 'l-admin', name: 'Administration', amounts: [{ year: 2025, amount: '300000' }, { year: 2026, amount: '310000.25' }, { year: 2027, amount: '320000.10' }] },
      { id: 'l-comms', name: 'Communication', amounts: [{ year: 2026, amount: '50000.05' }, { year: 2030, amount: '1' }] },
      { id: 'l-projects', name: 'Projects', amounts: [{ year: 2024, amount: '0.01' }, { year: 2026, amount: '1234567.89' }] },
    ],
  };
  followUp(plan);
  const parsed = parsePlanData(plan);
  if (!parsed.ok) throw new Error(`the harder plan does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.plan;
}

const STATUS_CYCLE = ['done', 'planned', 'inProgress', 'done', 'cancelled', undefined, 'done'] as const;

/**
 * Illustrative follow-up for the harder plan (the seed reports none): every
 * status on actions and sub-actions in a fixed cycle, except that the last
 * section has no statuses (no progress: blank) and the first goal of the
 * second section only cancelled ones (nothing counted); and metric values
 * per year that reach their target, miss it, lack a figure, or aim below
 * the baseline (at most the target) and reach or miss that.
 */
function followUp(plan: Plan): void {
  let n = 0;
  const next = () => STATUS_CYCLE[n++ % STATUS_CYCLE.length];
  plan.sections.forEach((section, s) => {
    section.goals.forEach((goal, g) => {
      for (const action of goal.actions) {
        const status = s === plan.sections.length - 1 ? undefined : s === 1 && g === 0 ? 'cancelled' : next();
        if (status === undefined) delete action.status;
        else action.status = status;
        for (const sub of action.subActions ?? []) {
          const subStatus = s === plan.sections.length - 1 ? undefined : s === 1 && g === 0 ? 'cancelled' : next();
          if (subStatus === undefined) delete sub.status;
          else sub.status = subStatus;
        }
      }
    });
  });
  const metricValues = [
    [{ year: 2025, baseline: '10', target: '12', actual: '12' }, { year: 2026, target: '14', actual: '13.5' }, { year: 2027, target: '16' }],
    [{ year: 2025, baseline: '100', target: '80', actual: '79.99' }, { year: 2026, baseline: '100', target: '80', actual: '80.01' }],
    [{ year: 2026, actual: '5' }, { year: 2026, baseline: '-2', target: '-5', actual: '-5' }],
  ];
  const metrics = plan.sections.flatMap((section) => section.goals.flatMap((goal) => goal.metrics));
  metricValues.forEach((values, i) => {
    const metric = metrics[i * 5];
    if (metric) metric.values = values;
  });
}

/**
 * The example with pools that cannot be shared out, one for each way a pool
 * goes wrong that the blocks' status codes tell apart (a weights pool missing
 * a weight, a fixed pool whose amounts do not add up, an amount with cents in
 * a pool rounded to whole euros, a duplicate weight, too many decimals, all
 * weights zero, a negative amount, a participant the plan does not know,
 * fixed amounts with cents in a pool of whole euros), beside one that can.
 * The budget year has no municipal funding, so the check says it is missing.
 */
export function problemPlan(): Plan {
  const plan = structuredClone(examplePlan());
  const weights = (entries: Array<[string, string]>) => entries.map(([municipality, weight]) => ({ municipality, weight }));
  const amounts = (entries: Array<[string, string]>) => entries.map(([municipality, amount]) => ({ municipality, amount }));
  plan.contributions.pools = [
    { id: 'base', name: 'Perustoiminta', amount: '573733', key: { kind: 'population' }, rounding: 'cent' },
    {
      id: 'missing-weight',
      name: 'Painot, yksi puuttuu',
      amount: '10000',
      key: { kind: 'weights', weights: weights([['halsua', '1'], ['kaustinen', '2'], ['lestijarvi', '1'], ['toholampi', '1.5']]) },
      rounding: 'cent',
    },
    {
      id: 'fixed-sum',
      name: 'Kiinteät, summa ei täsmää',
      amount: '30000',
      key: { kind: 'fixed', amounts: amounts([['halsua', '10000'], ['toholampi', '12000.50'], ['veteli', '7000']]) },
      municipalities: ['halsua', 'toholampi', 'veteli'],
      rounding: 'cent',
    },
    { id: 'euro-cents', name: 'Euroina, summassa senttejä', amount: '20000.50', key: { kind: 'population' }, rounding: 'euro' },
    {
      id: 'duplicate',
      name: 'Paino kahdesti',
      amount: '5000',
      key: { kind: 'weights', weights: weights([['halsua', '1'], ['halsua', '2'], ['veteli', '1']]) },
      municipalities: ['halsua', 'veteli'],
      rounding: 'cent',
    },
    {
      id: 'decimals',
      name: 'Liikaa desimaaleja',
      amount: '7000',
      key: { kind: 'weights', weights: weights([['halsua', '0.1234567'], ['kaustinen', '1'], ['lestijarvi', '1'], ['toholampi', '1'], ['veteli', '1']]) },
      rounding: 'cent',
    },
    {
      id: 'zero',
      name: 'Kaikki painot nollia',
      amount: '3000',
      key: { kind: 'weights', weights: weights([['kaustinen', '0'], ['veteli', '0']]) },
      municipalities: ['kaustinen', 'veteli'],
      rounding: 'cent',
    },
    { id: 'negative', name: 'Negatiivinen summa', amount: '-100', key: { kind: 'equal' }, rounding: 'cent' },
    { id: 'unknown', name: 'Tuntematon kunta', amount: '900', key: { kind: 'equal' }, municipalities: ['halsua', 'kannus'], rounding: 'cent' },
    {
      id: 'fixed-cents',
      name: 'Kiinteät sentein, jako euroina',
      amount: '1000',
      key: { kind: 'fixed', amounts: amounts([['lestijarvi', '500.50'], ['toholampi', '499.50']]) },
      municipalities: ['lestijarvi', 'toholampi'],
      rounding: 'euro',
    },
  ];
  plan.budget.years = plan.budget.years.map((y) => (y.year === plan.budgetYear ? { ...y, municipalFunding: undefined } : y));
  const parsed = parsePlanData(JSON.parse(JSON.stringify(plan)));
  if (!parsed.ok) throw new Error(`the problem plan does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.plan;
}

/**
 * The example at the edges of what the formulas handle: no budget years (the
 * summary's change formulas give #VALUE!, as "" - 1 does), no previous
 * contributions, a council rule of zero inhabitants per seat (#DIV/0! in the
 * seats), a municipality of no inhabitants and two pools with the same id.
 */
export function edgePlan(): Plan {
  const plan = structuredClone(examplePlan());
  plan.budget.years = [];
  delete (plan.contributions as { previous?: unknown }).previous;
  plan.council.seatsPerStartedInhabitants = 0;
  plan.municipalities[0] = { ...plan.municipalities[0]!, population: 0 };
  plan.contributions.pools.push({ ...plan.contributions.pools[0]!, amount: '1.5' });
  const parsed = parsePlanData(JSON.parse(JSON.stringify(plan)));
  if (!parsed.ok) throw new Error(`the edge plan does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.plan;
}
