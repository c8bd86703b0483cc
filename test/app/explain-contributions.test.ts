import { explainContributions, reportOnPlan } from '../../src/app';
import { validatePlan } from '../../src/engine/validate';
import { Decimal } from '../../src/engine/money';
import { minimalPlan } from '../support/plan-builder';
import kaustinen from '../../examples/kaustinen-2026.plan.json';
import { openPlanFile } from '../../src/app';

function example() {
  const opened = openPlanFile(JSON.stringify(kaustinen));
  if (!opened.ok) throw new Error('the example does not open');
  return opened.plan;
}

describe('explainContributions', () => {
  it('gives the same shares as the report, with previous year and change', () => {
    const plan = example();
    const explanation = explainContributions(plan);
    const report = reportOnPlan(plan, []);
    expect(explanation.municipalities.map((m) => [m.name, m.share, m.previous, m.change])).toEqual(
      report.shares.map((s) => [s.municipality, s.amount, s.previousAmount, s.change]),
    );
    expect(explanation.budgetYear).toBe(2026);
    const total = explanation.municipalities.reduce((a, m) => a.plus(m.share), new Decimal(0));
    expect(total.toFixed(2)).toBe(explanation.total);
  });

  it('explains every pool by its weights, exact quotas, rounding and ranks; the shares sum to the pool', () => {
    const plan = example();
    for (const pool of explainContributions(plan).pools) {
      if (!pool.ok) throw new Error(`pool ${pool.id} cannot be shared`);
      const shares = pool.lines.reduce((a, l) => a.plus(l.share), new Decimal(0));
      expect(shares.eq(pool.amount)).toBe(true);
      for (const line of pool.lines) {
        // Quotas are exact to 50 significant digits.
        expect(new Decimal(line.quota).minus(line.floor).minus(line.remainder).abs().lt('1e-40')).toBe(true);
        if (pool.key !== 'fixed') {
          const quota = new Decimal(pool.amount).times(line.weight!).div(pool.totalWeight!);
          expect(new Decimal(line.quota).minus(quota).abs().lt('1e-40')).toBe(true);
          expect(line.rank! <= pool.leftoverUnits).toBe(new Decimal(line.share).gt(line.floor));
        }
      }
    }
  });

  it('population pool: weights are the populations; ranks order the remainders', () => {
    const plan = minimalPlan({
      contributions: { pools: [{ id: 'p', name: 'P', amount: '100', key: { kind: 'population' }, rounding: 'euro' }] },
      municipalities: [
        { id: 'a', name: 'A', population: 1, populationDate: '2024-12-31' },
        { id: 'b', name: 'B', population: 1, populationDate: '2024-12-31' },
        { id: 'c', name: 'C', population: 1, populationDate: '2024-12-31' },
      ],
      organisation: { name: 'X', legalBasis: 'L', hostMunicipality: 'a' },
    });
    const [pool] = explainContributions(plan).pools;
    if (!pool?.ok) throw new Error('pool not shared');
    expect(pool.totalWeight).toBe('3');
    expect(pool.lines.map((l) => l.weight)).toEqual(['1', '1', '1']);
    expect(pool.lines.map((l) => l.floor)).toEqual(['33', '33', '33']);
    expect(pool.lines.map((l) => l.share)).toEqual(['34.00', '33.00', '33.00']);
    expect(pool.lines[0]!.rank).toBe(1);
    expect(pool.leftoverUnits).toBe(1);
  });

  it('a pool that cannot be shared out carries the findings that say why', () => {
    const plan = minimalPlan({
      contributions: {
        pools: [{ id: 'w', name: 'Painotettu', amount: '1000', key: { kind: 'weights', weights: [{ municipality: 'ankkala', weight: '1' }] }, rounding: 'euro' }],
      },
    });
    const [pool] = explainContributions(plan).pools;
    expect(pool?.ok).toBe(false);
    if (pool?.ok !== false) return;
    expect(pool.findings.length).toBeGreaterThan(0);
    expect(pool.findings.every((f) => 'path' in f.location && f.location.path.startsWith('$.contributions.pools[0]'))).toBe(true);
    expect(validatePlan(plan)).toEqual(expect.arrayContaining(pool.findings));
  });
});
