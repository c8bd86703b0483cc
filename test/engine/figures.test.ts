import { budgetFigures } from '../../src/engine/figures';
import type { Decimal } from '../../src/engine/money';
import { minimalPlan } from '../support/plan-builder';

const fixed2 = (value: Decimal | null | undefined) => (value === null || value === undefined ? null : value.toFixed(2));

describe('budgetFigures', () => {
  const plan = minimalPlan({
    budget: {
      years: [
        { year: 2025, kind: 'TA', total: '2157119', municipalFunding: '1008033', externalFunding: '1149086' },
        { year: 2026, kind: 'TA', total: '1853839', municipalFunding: '1003733', externalFunding: '850106' },
        { year: 2027, kind: 'TS', total: '1853839' },
      ],
    },
  });
  const figures = budgetFigures(plan);

  it('gives the funding split in per cent of the total', () => {
    expect(figures.map((f) => [f.year, fixed2(f.municipalShare), fixed2(f.externalShare)])).toEqual([
      [2025, '46.73', '53.27'],
      [2026, '54.14', '45.86'],
      [2027, null, null],
    ]);
  });

  it('gives the change from the year before, in euros and per cent', () => {
    const change = figures[1]!.change!;
    expect(figures[1]!.previousYear).toBe(2025);
    expect([fixed2(change.total.amount), fixed2(change.total.percent)]).toEqual(['-303280.00', '-14.06']);
    expect([fixed2(change.municipalFunding.amount), fixed2(change.municipalFunding.percent)]).toEqual(['-4300.00', '-0.43']);
    expect([fixed2(change.externalFunding.amount), fixed2(change.externalFunding.percent)]).toEqual(['-298980.00', '-26.02']);
  });

  it('has no change for the first year and none for a missing figure', () => {
    expect(figures[0]!.change).toBeNull();
    expect(figures[2]!.external).toBeNull();
    expect(figures[2]!.change!.externalFunding).toEqual({ amount: null, percent: null });
    expect(fixed2(figures[2]!.change!.total.amount)).toBe('0.00');
  });
});

describe('budgetFigures with years out of order or with a gap', () => {
  it('compares each year with the calendar year before, wherever it stands in the list, and not across a gap', () => {
    const figures = budgetFigures(
      minimalPlan({
        budget: {
          years: [
            { year: 2026, kind: 'TA', total: '1100' },
            { year: 2025, kind: 'TA', total: '1000' },
            { year: 2028, kind: 'TS', total: '1300' },
          ],
        },
      }),
    );
    expect(figures.map((f) => [f.year, f.previousYear, fixed2(f.change?.total.amount)])).toEqual([
      [2026, 2025, '100.00'],
      [2025, null, null],
      [2028, null, null],
    ]);
  });
});
