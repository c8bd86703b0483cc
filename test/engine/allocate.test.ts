import fc from 'fast-check';
import { allocate, AllocationPreconditionError, type AllocationItem } from '../../src/engine/allocate';
import { Decimal, sum } from '../../src/engine/money';

const d = (value: string | number) => new Decimal(value);
const shares = (items: AllocationItem[]) => items.map((item) => item.share.toFixed(2));

describe('allocate', () => {
  it('splits in proportion and shows every step', () => {
    const items = allocate(d('100'), [d(1), d(1), d(2)], d(1));
    expect(shares(items)).toEqual(['25.00', '25.00', '50.00']);
    expect(items.map((i) => i.quota.toString())).toEqual(['25', '25', '50']);
    expect(items.map((i) => i.remainder.isZero())).toEqual([true, true, true]);
  });

  it('gives the leftover unit to the earlier item when remainder and weight tie exactly', () => {
    const items = allocate(d('1.00'), [d(1), d(1), d(1)], d('0.01'));
    expect(shares(items)).toEqual(['0.34', '0.33', '0.33']);
    expect(items.map((i) => i.rank)).toEqual([1, 2, 3]);
    expect(items.map((i) => i.floor.toFixed(2))).toEqual(['0.33', '0.33', '0.33']);
  });

  it('prefers the larger weight when remainders tie', () => {
    // Quotas 0.5 and 1.5: equal remainders, one leftover euro, the weight 3 item wins.
    const items = allocate(d(2), [d(1), d(3)], d(1));
    expect(shares(items)).toEqual(['0.00', '2.00']);
    expect(items.map((i) => i.rank)).toEqual([2, 1]);
  });

  it('prefers the larger remainder before the larger weight', () => {
    // weights 1, 2, 1, 1.5, 1.5 over 40 000: remainders .0057, .0014, .0057, .0086, .0086 cents.
    const items = allocate(d('40000'), ['1', '2', '1', '1.5', '1.5'].map(d), d('0.01'));
    expect(shares(items)).toEqual(['5714.29', '11428.57', '5714.28', '8571.43', '8571.43']);
    expect(items.map((i) => i.rank)).toEqual([3, 5, 4, 1, 2]);
  });

  it('gives a zero weight nothing', () => {
    expect(shares(allocate(d(10), [d(0), d(3), d(0)], d(1)))).toEqual(['0.00', '10.00', '0.00']);
  });

  it.each([
    ['a negative amount', d(-1), [d(1)], d(1)],
    ['an amount that is not a multiple of the unit', d('100.50'), [d(1)], d(1)],
    ['a negative weight', d(10), [d(1), d(-1)], d(1)],
    ['weights summing to zero', d(10), [d(0), d(0)], d(1)],
    ['no weights', d(10), [], d(1)],
    ['a zero unit', d(10), [d(1)], d(0)],
  ])('throws AllocationPreconditionError for %s', (_title, amount, weights, unit) => {
    expect(() => allocate(amount, weights, unit)).toThrow(AllocationPreconditionError);
  });
});

describe('allocate properties', () => {
  const units = [
    { name: 'cents', unit: d('0.01'), maxUnits: 1_000_000_000 },
    { name: 'euros', unit: d(1), maxUnits: 10_000_000 },
  ];
  const nonZero = (ws: Decimal[]) => ws.some((w) => !w.isZero());
  // Small integer weights produce exact ties; large and fractional ones exercise the arithmetic.
  const weight = fc.oneof(
    fc.integer({ min: 0, max: 4 }).map((n) => d(n)),
    fc
      .tuple(fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 3 }))
      .map(([digits, scale]) => d(digits).div(d(10).pow(scale))),
  );

  describe.each(units)('in $name', ({ unit, maxUnits }) => {
    // Amounts up to 10 million euros with up to 12 weights, mixed with a few units over a few
    // small weights, where equal remainders with different weights (the weight tie-break) are common.
    const general = fc.tuple(fc.integer({ min: 0, max: maxUnits }), fc.array(weight, { minLength: 1, maxLength: 12 }).filter(nonZero));
    const tieProne = fc.tuple(
      fc.integer({ min: 0, max: 12 }),
      fc.array(fc.integer({ min: 0, max: 4 }).map((n) => d(n)), { minLength: 2, maxLength: 4 }).filter(nonZero),
    );
    const scenario = fc.oneof(general, tieProne).map(([units, ws]) => ({ amount: unit.times(units), weights: ws }));

    it('shares sum exactly to the amount', () => {
      fc.assert(
        fc.property(scenario, ({ amount, weights }) => {
          expect(sum(allocate(amount, weights, unit).map((i) => i.share)).eq(amount)).toBe(true);
        }),
      );
    });

    it('each share is a multiple of the unit within one unit of its quota, and a zero weight gets zero', () => {
      fc.assert(
        fc.property(scenario, ({ amount, weights }) => {
          for (const item of allocate(amount, weights, unit)) {
            expect(item.share.mod(unit).isZero()).toBe(true);
            expect(item.share.minus(item.quota).abs().lt(unit)).toBe(true);
            if (item.weight.isZero()) expect(item.share.isZero()).toBe(true);
          }
        }),
      );
    });

    it('permuting the inputs permutes the shares, except where an exact tie was decided by input order', () => {
      const permutedScenario = scenario.chain((s) =>
        fc.record({
          amount: fc.constant(s.amount),
          weights: fc.constant(s.weights),
          permutation: fc.shuffledSubarray(s.weights.map((_, i) => i), { minLength: s.weights.length }),
        }),
      );
      fc.assert(
        fc.property(permutedScenario, ({ amount, weights, permutation }) => {
          const original = allocate(amount, weights, unit);
          const permuted = allocate(amount, permutation.map((i) => weights[i]!), unit);
          permutation.forEach((from, to) => {
            const before = original[from]!;
            if (before.share.eq(permuted[to]!.share)) return;
            const twin = original.some(
              (other, k) => k !== from && other.weight.eq(before.weight) && other.remainder.eq(before.remainder),
            );
            expect(twin).toBe(true);
          });
        }),
        // Ties that only the weight decides are rare; enough runs make this property catch a lost tie-break.
        { numRuns: 1000 },
      );
    });
  });
});
