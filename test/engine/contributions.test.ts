import { municipalContributions } from '../../src/engine/contributions';
import { formatMoney, type Decimal } from '../../src/engine/money';
import type { Pool } from '../../src/model/plan';
import { kaustinenMembers } from '../support/kaustinen-members';
import { minimalPlan } from '../support/plan-builder';

const money = (value: Decimal | null) => (value === null ? null : formatMoney(value));

/** Six illustrative pools over the FACTS.md populations that add up to the seed's 1 003 733 €. */
const pools: Pool[] = [
  { id: 'admin', name: 'Hallinto', amount: '573733', key: { kind: 'population' }, rounding: 'cent' },
  { id: 'business', name: 'Elinkeinopalvelut', amount: '200000', key: { kind: 'population' }, rounding: 'euro' },
  { id: 'base', name: 'Perusosa', amount: '100000', key: { kind: 'equal' }, rounding: 'cent' },
  { id: 'council', name: 'Seutuvaltuusto', amount: '45000', key: { kind: 'equal' }, rounding: 'euro' },
  {
    id: 'tourism',
    name: 'Matkailu',
    amount: '40000',
    key: {
      kind: 'weights',
      weights: [
        { municipality: 'halsua', weight: '1' },
        { municipality: 'kaustinen', weight: '2' },
        { municipality: 'lestijarvi', weight: '1' },
        { municipality: 'toholampi', weight: '1.5' },
        { municipality: 'veteli', weight: '1.5' },
      ],
    },
    rounding: 'cent',
  },
  { id: 'rural', name: 'Maaseutupalvelut', amount: '45000', key: { kind: 'population' }, municipalities: ['halsua', 'toholampi'], rounding: 'cent' },
];

describe('municipalContributions', () => {
  const plan = minimalPlan({
    municipalities: kaustinenMembers,
    organisation: { name: 'Kaustisen seutukunta', legalBasis: 'Kuntalaki 51 §', hostMunicipality: 'lestijarvi' },
    contributions: {
      pools,
      previous: {
        year: 2025,
        amounts: [
          { municipality: 'halsua', amount: '110000' },
          { municipality: 'kaustinen', amount: '0' },
          { municipality: 'toholampi', amount: '260000.50' },
        ],
      },
    },
  });
  const table = municipalContributions(plan);

  it('totals each municipality over the pools, in plan order', () => {
    expect(table.rows.map((r) => [r.id, money(r.total)])).toEqual([
      ['halsua', '112711.11'],
      ['kaustinen', '317540.61'],
      ['lestijarvi', '79463.78'],
      ['toholampi', '259210.55'],
      ['veteli', '234806.95'],
    ]);
    expect(money(table.total)).toBe('1003733.00');
    expect(table.pools.map((p) => money(p.total))).toEqual(['573733.00', '200000.00', '100000.00', '45000.00', '40000.00', '45000.00']);
  });

  it('leaves a pool empty for a municipality that does not take part', () => {
    const lestijarvi = table.rows[2]!;
    expect(lestijarvi.amounts.map(money)).toEqual(['33182.50', '11567.00', '20000.00', '9000.00', '5714.28', null]);
  });

  it('compares with the previous year where an amount is given', () => {
    expect(table.rows.map((r) => [money(r.previousAmount), money(r.change), r.changePercent?.toDecimalPlaces(2).toString() ?? null])).toEqual([
      ['110000.00', '2711.11', '2.46'],
      ['0.00', '317540.61', null],
      [null, null, null],
      ['260000.50', '-789.95', '-0.3'],
      [null, null, null],
    ]);
    expect(table.previousYear).toBe(2025);
    expect(money(table.previousTotal)).toBe('370000.50');
  });

  it('skips a pool whose key cannot be applied', () => {
    const broken = municipalContributions(
      minimalPlan({
        contributions: {
          pools: [
            ...minimalPlan().contributions.pools,
            { id: 'broken', name: 'Rikki', amount: '10', key: { kind: 'weights', weights: [] }, rounding: 'euro' },
          ],
        },
      }),
    );
    expect(broken.skippedPools).toEqual(['broken']);
    expect(broken.pools.map((p) => p.id)).toEqual(['basic']);
    expect(money(broken.total)).toBe('600000.00');
    expect(broken.previousYear).toBeNull();
    expect(broken.rows.every((r) => r.previousAmount === null && r.change === null)).toBe(true);
  });
});
