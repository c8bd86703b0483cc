import fc from 'fast-check';
import type { Action, Goal, Metric, Municipality, Plan, Pool, Section } from '../../src/model/plan';

/**
 * fast-check arbitraries of small valid plans in the workbook's canonical
 * form (see src/layout/canonical-plan.ts): 1–4 municipalities, 0–3 sections
 * with goals, actions with sub-actions, metrics with values, budget years and
 * lines, pools of every key kind, optional fields present or absent, and texts
 * that Excel would take for formulas ("=A1", "+1", "-2", "@x"), non-ASCII
 * text and line breaks. Ids are unique per kind by construction.
 */

const TRICKY_TEXTS = ['=A1', '+1', '-2', '@x', '=SUM(A1:A2)', 'Äänestys ja yhteistyö', 'rivi 1\nrivi 2', '1 234,50', "'quoted'", '"x"', '€ 100', '  välilyönnit  ', '日本語', '😀 emoji'];

/** Any text, including the tricky ones; may be "". */
export const anyText = fc.oneof(
  fc.constantFrom(...TRICKY_TEXTS),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({ maxLength: 12 }),
);

/** A text an optional field holds when present (never "": that is an empty cell). */
export const someText = anyText.filter((t) => t !== '');

/** One item of a one-per-line list: no line break, not empty. */
const lineText = someText.filter((t) => !/[\r\n]/.test(t));

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Money in its canonical form: whole euros, or euros and two decimals. */
export const money = fc.oneof(
  fc.integer({ min: -1_000_000, max: 100_000_000 }).map(String),
  fc.integer({ min: -100_000_000, max: 10_000_000_000 }).map((cents) => {
    const sign = cents < 0 ? '-' : '';
    const abs = Math.abs(cents);
    const euros = Math.floor(abs / 100);
    const rest = abs % 100;
    return rest === 0 ? `${sign}${euros}` : `${sign}${euros}.${String(rest).padStart(2, '0')}`;
  }),
).map((m) => (m === '-0' ? '0' : m));

/** A decimal in its shortest form, exact as a double. */
export const decimal = fc
  .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, scale]) => {
    const text = String(Number((n / 10 ** scale).toFixed(scale)));
    return text === '-0' ? '0' : text;
  });

const year = fc.integer({ min: 2015, max: 2035 });
const isoDate = fc
  .tuple(fc.integer({ min: 1850, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** A record with `required` keys always present and the others present or absent (never undefined-valued). */
function record<T extends Record<string, unknown>>(
  model: { [K in keyof T]: fc.Arbitrary<T[K]> },
  required: Array<keyof T>,
): fc.Arbitrary<T> {
  return fc.record(model, { requiredKeys: required }) as unknown as fc.Arbitrary<T>;
}

const idPrefix = fc.constantFrom('', 'x', 'A.', 'id_', 'k-');

function municipalities(): fc.Arbitrary<Municipality[]> {
  return fc.tuple(idPrefix, fc.array(fc.tuple(someText, fc.integer({ min: 0, max: 50_000 }), isoDate, optional(someText)), { minLength: 1, maxLength: 4 })).map(
    ([prefix, rows]) =>
      rows.map(([name, population, populationDate, note], i) => {
        const m: Municipality = { id: `${prefix}m${i + 1}`, name, population, populationDate };
        if (note !== undefined) m.note = note;
        return m;
      }),
  );
}

function sections(municipalityIds: string[]): fc.Arbitrary<Section[]> {
  const metricValue = record(
    { year, baseline: decimal, target: decimal, actual: decimal },
    ['year'],
  );
  const metric = record(
    {
      text: anyText,
      kind: fc.constantFrom('output' as const, 'outcome' as const),
      unit: someText,
      values: fc.array(metricValue, { minLength: 1, maxLength: 3 }),
    },
    ['text'],
  );
  const subAction = record(
    { text: anyText, status: fc.constantFrom('planned' as const, 'inProgress' as const, 'done' as const, 'cancelled' as const) },
    ['text'],
  );
  const action = record(
    {
      text: anyText,
      status: fc.constantFrom('planned' as const, 'inProgress' as const, 'done' as const, 'cancelled' as const),
      subActions: fc.array(subAction, { minLength: 1, maxLength: 3 }),
    },
    ['text'],
  );
  const scope = fc
    .tuple(fc.subarray([...municipalityIds, 'unknown-municipality']), optional(someText))
    .filter(([ids, text]) => ids.length > 0 || text !== undefined)
    .map(([ids, text]) => (text === undefined ? { municipalities: ids } : { municipalities: ids, text }));
  const goal = record(
    {
      title: anyText,
      subtitle: someText,
      heading: someText,
      scope,
      responsibleBodies: fc.array(lineText, { minLength: 1, maxLength: 3 }),
      actions: fc.array(action, { maxLength: 3 }),
      metrics: fc.array(metric, { maxLength: 2 }),
      note: someText,
    },
    ['title', 'actions', 'metrics'],
  );
  const section = record(
    { kind: fc.constantFrom('team' as const, 'crossCutting' as const), title: anyText, goals: fc.array(goal, { maxLength: 3 }), note: someText },
    ['kind', 'title', 'goals'],
  );
  return fc.array(section, { maxLength: 3 }).map((list) => {
    let goals = 0;
    let actions = 0;
    let metrics = 0;
    return list.map((s, si) => ({
      id: `s${si + 1}`,
      ...s,
      goals: s.goals.map((g) => {
        goals += 1;
        const goalId = `g${goals}`;
        return {
          id: goalId,
          ...g,
          actions: g.actions.map((a) => {
            actions += 1;
            const actionId = `a${actions}`;
            const built: Action = { id: actionId, ...a } as Action;
            if (a.subActions) built.subActions = a.subActions.map((sub, k) => ({ id: `${actionId}.${k + 1}`, ...sub }));
            return built;
          }),
          metrics: g.metrics.map((metric) => {
            metrics += 1;
            return { id: `mt${metrics}`, ...metric } as Metric;
          }),
        } as Goal;
      }),
    })) as Section[];
  });
}

function pools(municipalityIds: string[]): fc.Arbitrary<Pool[]> {
  const participants = optional(fc.shuffledSubarray(municipalityIds));
  const pool = fc
    .record({
      name: anyText,
      amount: money,
      kind: fc.constantFrom('population' as const, 'equal' as const, 'weights' as const, 'fixed' as const),
      participants,
      rounding: fc.constantFrom('cent' as const, 'euro' as const),
      note: optional(someText),
      keyed: fc.shuffledSubarray(municipalityIds),
      values: fc.array(fc.tuple(decimal, money), { minLength: 4, maxLength: 4 }),
    })
    .map((p) => {
      // With named participants, entries follow their order; with all, any order.
      const entryIds = p.participants === undefined ? p.keyed : p.participants.filter((id) => p.keyed.includes(id));
      const key: Pool['key'] =
        p.kind === 'weights'
          ? { kind: 'weights', weights: entryIds.map((municipality, i) => ({ municipality, weight: p.values[i]![0] })) }
          : p.kind === 'fixed'
            ? { kind: 'fixed', amounts: entryIds.map((municipality, i) => ({ municipality, amount: p.values[i]![1] })) }
            : { kind: p.kind };
      const built: Omit<Pool, 'id'> = { name: p.name, amount: p.amount, key, rounding: p.rounding };
      if (p.participants !== undefined) built.municipalities = p.participants;
      if (p.note !== undefined) built.note = p.note;
      return built;
    });
  return fc.array(pool, { maxLength: 4 }).map((list) => list.map((p, i) => ({ id: `pool${i + 1}`, ...p }) as Pool));
}

export function planArbitrary(): fc.Arbitrary<Plan> {
  return fc
    .tuple(municipalities(), fc.constantFrom('fi' as const, 'en' as const))
    .chain(([members, language]) => {
      const ids = members.map((m) => m.id);
      return fc.record({
        language: fc.constant(language),
        members: fc.constant(members),
        organisation: record(
          { name: anyText, legalBasis: anyText, hostMunicipality: fc.constantFrom(...ids), agreement: someText, note: someText },
          ['name', 'legalBasis', 'hostMunicipality'],
        ),
        council: record(
          {
            seatsPerStartedInhabitants: fc.integer({ min: 1, max: 5000 }),
            minimumSeats: fc.integer({ min: 0, max: 5 }),
            declaredSize: fc.integer({ min: 0, max: 60 }),
            note: someText,
          },
          ['seatsPerStartedInhabitants', 'minimumSeats', 'declaredSize'],
        ),
        document: record(
          {
            title: anyText,
            planTitle: anyText,
            context: fc.array(anyText, { maxLength: 2 }),
            meetings: fc.array(fc.record({ body: anyText, date: isoDate, section: anyText }), { maxLength: 2 }),
            actionPlanHeading: anyText,
            crossCuttingHeading: anyText,
          },
          ['title', 'meetings'],
        ),
        budgetYear: year,
        planYears: fc.array(year, { minLength: 1, maxLength: 5 }),
        chapters: optional(
          fc.array(record({ id: fc.constantFrom('ch1', 'ch2'), number: anyText, title: anyText, paragraphs: fc.array(anyText, { maxLength: 3 }) }, ['id', 'title', 'paragraphs']), {
            maxLength: 2,
          }),
        ),
        basicTasks: fc.array(fc.record({ id: fc.constantFrom('bt1', 'bt2'), number: fc.integer({ min: 1, max: 9 }), title: anyText, items: fc.array(anyText, { maxLength: 3 }) }), {
          maxLength: 2,
        }),
        sections: sections(ids),
        budgetYears: fc.array(
          record(
            { year, kind: fc.constantFrom('TP' as const, 'TA' as const, 'TS' as const), total: money, municipalFunding: money, externalFunding: money, note: someText },
            ['year', 'kind'],
          ),
          { maxLength: 5 },
        ),
        lines: optional(
          fc.array(
            record(
              {
                name: anyText,
                sectionId: fc.constantFrom('s1', 's2', 'no-such-team'),
                amounts: fc.uniqueArray(fc.tuple(year, money), { selector: ([y]) => y, maxLength: 4 }),
                note: someText,
              },
              ['name', 'amounts'],
            ),
            { minLength: 1, maxLength: 3 },
          ),
        ),
        budgetNote: optional(someText),
        staff: optional(
          record(
            { date: isoDate, total: fc.nat(50), permanent: fc.nat(50), fixedTerm: fc.nat(50), note: someText },
            ['date', 'total', 'permanent', 'fixedTerm'],
          ),
        ),
        projects: optional(
          record(
            {
              date: isoDate,
              ongoing: fc.nat(30),
              portfolioValue: fc.constantFrom('2400000', '1234.5', '0.10'),
              portfolioValueApproximate: fc.boolean(),
              applicationsPending: fc.nat(9),
              inPreparation: fc.nat(9),
              note: someText,
            },
            ['ongoing', 'portfolioValue', 'applicationsPending', 'inPreparation'],
          ),
        ),
        pools: pools(ids),
        previous: optional(
          record(
            {
              year,
              amounts: fc.array(fc.tuple(fc.constantFrom(...ids, 'gone'), money), { maxLength: 4 }),
              note: someText,
            },
            ['year', 'amounts'],
          ),
        ),
        contributionsNote: optional(someText),
        narrativeFigures: optional(
          fc.array(
            record(
              {
                id: fc.constantFrom('nf1', 'nf2'),
                quote: anyText,
                kind: fc.constantFrom('share' as const, 'change' as const),
                measure: fc.constantFrom('total' as const, 'municipalFunding' as const, 'externalFunding' as const),
                year,
                baseYear: year,
                value: fc.constantFrom('54', '-14', '0.40', '24'),
                unit: fc.constantFrom('%' as const, '€' as const),
                approximate: fc.boolean(),
              },
              ['id', 'quote', 'kind', 'measure', 'year', 'value', 'unit', 'approximate'],
            ),
            { maxLength: 2 },
          ),
        ),
      });
    })
    .map((p) => {
      const plan: Plan = {
        schemaVersion: 1,
        language: p.language,
        organisation: p.organisation,
        municipalities: p.members,
        council: p.council,
        document: p.document,
        budgetYear: p.budgetYear,
        planYears: p.planYears,
        basicTasks: p.basicTasks,
        sections: p.sections,
        budget: { years: p.budgetYears },
        contributions: { pools: p.pools },
      };
      if (p.chapters !== undefined) plan.chapters = p.chapters;
      if (p.lines !== undefined) {
        plan.budget.lines = p.lines.map((line, i) => ({
          id: `line${i + 1}`,
          ...line,
          amounts: [...line.amounts].sort((a, b) => a[0] - b[0]).map(([y, amount]) => ({ year: y, amount })),
        }));
      }
      if (p.budgetNote !== undefined) plan.budget.note = p.budgetNote;
      if (p.staff !== undefined) plan.staff = p.staff;
      if (p.projects !== undefined) plan.projects = p.projects;
      if (p.previous !== undefined) {
        plan.contributions.previous = {
          ...p.previous,
          amounts: p.previous.amounts.map(([municipality, amount]) => ({ municipality, amount })),
        };
      }
      if (p.contributionsNote !== undefined) plan.contributions.note = p.contributionsNote;
      if (p.narrativeFigures !== undefined) plan.narrativeFigures = p.narrativeFigures;
      // fast-check builds records without a prototype; a plan file's objects are plain.
      return JSON.parse(JSON.stringify(plan)) as Plan;
    });
}
