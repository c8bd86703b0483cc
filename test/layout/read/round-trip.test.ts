import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { workbookLayout } from '../../support/layouts';
import { canonicalPlan } from '../../../src/layout/canonical-plan';
import { readPlan } from '../../../src/layout/read/read-plan';
import { parsePlanText } from '../../../src/model/parse-plan';
import type { Plan } from '../../../src/model/plan';
import { PlanSchema } from '../../../src/model/plan.schema';
import { addTableColumn, gridFromLayout, insertTableRow, locateTable } from '../../support/layout-grid';
import { planArbitrary } from '../../support/plan-arbitrary';
import { EDITABLE_TABLES } from '../../../src/layout/schema/tables';

function roundTrip(plan: Plan) {
  return readPlan(gridFromLayout(workbookLayout(plan, [])));
}

function examplePlan(): Plan {
  const parsed = parsePlanText(readFileSync(join(__dirname, '../../../examples/kaustinen-2026.plan.json'), 'utf8'));
  if (!parsed.ok) throw new Error('the example does not parse');
  return parsed.plan;
}

describe('plan → layout → grid → plan', () => {
  it('gives back the Kaustinen 2026 example exactly, with no findings', () => {
    const plan = examplePlan();
    const { plan: read, findings } = roundTrip(plan);
    expect(findings).toEqual([]);
    expect(read).toStrictEqual(plan);
  });

  it('the example is already in the workbook form', () => {
    const plan = examplePlan();
    expect(canonicalPlan(plan)).toStrictEqual(plan);
  });

  it('gives back every generated plan exactly', () => {
    fc.assert(
      fc.property(planArbitrary(), (plan) => {
        expect(PlanSchema.parse(plan)).toStrictEqual(plan);
        expect(canonicalPlan(plan)).toStrictEqual(plan);
        const { plan: read } = roundTrip(plan);
        expect(read).toStrictEqual(plan);
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * The same plans written the ways a plan file may write them but a workbook
 * cannot tell apart: the workbook gives back their canonical form.
 */
function messy(plan: Plan, flags: boolean[]): Plan {
  const copy = JSON.parse(JSON.stringify(plan)) as Plan;
  const on = (i: number) => flags[i % flags.length] === true;
  copy.contributions.pools.forEach((pool, i) => {
    if (on(i) && !pool.amount.includes('.')) pool.amount = `${pool.amount}.00`;
    if (on(i + 1) && pool.municipalities) pool.municipalities = [...pool.municipalities, ...pool.municipalities];
    if (on(i + 2) && pool.municipalities && pool.key.kind === 'weights') pool.key.weights = [...pool.key.weights].reverse().map((w) => ({ ...w, weight: w.weight.includes('.') ? `${w.weight}0` : w.weight }));
    if (on(i + 3) && pool.note === undefined) pool.note = '';
  });
  copy.budget.years.forEach((year, i) => {
    if (on(i) && year.total !== undefined) year.total = year.total.includes('.') ? year.total.replace(/0$/, '') : `${year.total}.00`;
    if (on(i + 1) && year.note === undefined) year.note = '';
  });
  if (on(0)) copy.budget.lines = copy.budget.lines ?? [];
  copy.budget.lines?.forEach((line) => {
    if (on(1)) line.amounts = [...line.amounts].reverse();
  });
  copy.sections.forEach((section, s) => {
    if (on(s) && section.note === undefined) section.note = '';
    section.goals.forEach((goal, g) => {
      if (on(s + g)) goal.responsibleBodies = goal.responsibleBodies ? ['', ...goal.responsibleBodies, ''] : [];
      if (on(s + g + 1) && !goal.scope) goal.scope = { municipalities: [], text: '' };
      goal.actions.forEach((action, a) => {
        if (on(s + g + a) && !action.subActions) action.subActions = [];
      });
      goal.metrics.forEach((metric, m) => {
        if (on(g + m) && !metric.values) metric.values = [];
        metric.values?.forEach((value) => {
          if (on(m) && value.target !== undefined) value.target = value.target.includes('.') ? `${value.target}00` : `${value.target}.0`;
        });
        if (on(m + 1) && metric.unit === undefined) metric.unit = '';
      });
    });
  });
  return copy;
}

describe('plans that a workbook cannot tell apart', () => {
  it('come back in their canonical form, which is stable', () => {
    fc.assert(
      fc.property(planArbitrary(), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (plan, flags) => {
        const variant = PlanSchema.parse(messy(plan, flags));
        const canonical = canonicalPlan(variant);
        expect(roundTrip(variant).plan).toStrictEqual(canonical);
        expect(canonicalPlan(canonical)).toStrictEqual(canonical);
        expect(canonical).toStrictEqual(plan);
      }),
      { numRuns: 100 },
    );
  });

  it('a responsible body with a line break comes back as two', () => {
    const plan = examplePlan();
    const goal = plan.sections[0]!.goals[0]!;
    goal.responsibleBodies = ['Johtoryhmä\nSeutuvaltuusto', 'Hallitus'];
    const read = roundTrip(plan).plan!;
    expect(read.sections[0]!.goals[0]!.responsibleBodies).toEqual(['Johtoryhmä', 'Seutuvaltuusto', 'Hallitus']);
    expect(read).toStrictEqual(canonicalPlan(plan));
  });
});

describe('edits that change nothing', () => {
  it('blank rows and extra columns in any table leave the plan as it was', () => {
    fc.assert(
      fc.property(planArbitrary(), fc.nat(), fc.nat(), (plan, tableIndex, rowIndex) => {
        const spec = EDITABLE_TABLES[tableIndex % EDITABLE_TABLES.length]!;
        let grid = gridFromLayout(workbookLayout(plan, []));
        const table = locateTable(grid, spec.name);
        grid = insertTableRow(grid, spec.name, rowIndex % (table.bottom - table.top));
        grid = addTableColumn(grid, spec.name, 'Oma lisäsarake', ['x']);
        expect(readPlan(grid).plan).toStrictEqual(plan);
      }),
      { numRuns: 100 },
    );
  });
});
