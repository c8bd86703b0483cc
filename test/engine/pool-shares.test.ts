import { formatMoney, sum } from '../../src/engine/money';
import { allocatePool, type PoolAllocation } from '../../src/engine/pool-shares';
import type { Municipality, Pool } from '../../src/model/plan';
import { kaustinenMembers } from '../support/kaustinen-members';

const members = kaustinenMembers;

const pool = (fields: Partial<Pool>): Pool => ({
  id: 'p',
  name: 'Pooli',
  amount: '1000',
  key: { kind: 'equal' },
  rounding: 'cent',
  ...fields,
});

function shares(allocation: PoolAllocation): Record<string, string> {
  if (allocation.kind !== 'ok') throw new Error(`expected shares, got ${JSON.stringify(allocation.problems)}`);
  return Object.fromEntries([...allocation.shares].map(([id, share]) => [id, formatMoney(share)]));
}

const weights = (entries: Array<[string, string]>): Pool['key'] => ({
  kind: 'weights',
  weights: entries.map(([municipality, weight]) => ({ municipality, weight })),
});
const fixed = (entries: Array<[string, string]>): Pool['key'] => ({
  kind: 'fixed',
  amounts: entries.map(([municipality, amount]) => ({ municipality, amount })),
});

describe('allocatePool over the FACTS.md populations', () => {
  const halsuaToholampi = ['halsua', 'toholampi'];
  it.each<[string, Partial<Pool>, Record<string, string>]>([
    [
      'population, to the cent',
      { amount: '573733', key: { kind: 'population' }, rounding: 'cent' },
      { halsua: '49150.03', kaustinen: '205482.04', lestijarvi: '33182.50', toholampi: '139665.91', veteli: '146252.52' },
    ],
    [
      'population, to the euro',
      { amount: '200000', key: { kind: 'population' }, rounding: 'euro' },
      { halsua: '17133.00', kaustinen: '71630.00', lestijarvi: '11567.00', toholampi: '48687.00', veteli: '50983.00' },
    ],
    [
      'equal, to the cent',
      { amount: '100000', key: { kind: 'equal' }, rounding: 'cent' },
      { halsua: '20000.00', kaustinen: '20000.00', lestijarvi: '20000.00', toholampi: '20000.00', veteli: '20000.00' },
    ],
    [
      'equal, to the euro',
      { amount: '45000', key: { kind: 'equal' }, rounding: 'euro' },
      { halsua: '9000.00', kaustinen: '9000.00', lestijarvi: '9000.00', toholampi: '9000.00', veteli: '9000.00' },
    ],
    [
      'weights 1, 2, 1, 1.5, 1.5, to the cent (Halsua before Lestijärvi by input order)',
      {
        amount: '40000',
        key: weights([['halsua', '1'], ['kaustinen', '2'], ['lestijarvi', '1'], ['toholampi', '1.5'], ['veteli', '1.5']]),
        rounding: 'cent',
      },
      { halsua: '5714.29', kaustinen: '11428.57', lestijarvi: '5714.28', toholampi: '8571.43', veteli: '8571.43' },
    ],
    [
      'population over Halsua and Toholampi, to the cent',
      { amount: '45000', key: { kind: 'population' }, municipalities: halsuaToholampi, rounding: 'cent' },
      { halsua: '11713.79', toholampi: '33286.21' },
    ],
  ])('%s', (_title, fields, expected) => {
    expect(shares(allocatePool(pool(fields), members))).toEqual(expected);
  });

  it('lists participants in the plan order, not the order the pool names them', () => {
    const allocation = allocatePool(pool({ municipalities: ['toholampi', 'halsua'] }), members);
    expect(allocation.kind === 'ok' && allocation.detail.map((d) => d.municipality)).toEqual(['halsua', 'toholampi']);
  });

  it('takes fixed amounts as they are', () => {
    const allocation = allocatePool(
      pool({ amount: '300', municipalities: ['halsua', 'veteli'], key: fixed([['veteli', '200'], ['halsua', '100']]) }),
      members,
    );
    expect(shares(allocation)).toEqual({ halsua: '100.00', veteli: '200.00' });
  });

  it('shows the method per participant', () => {
    const allocation = allocatePool(pool({ amount: '1.00', key: { kind: 'equal' }, municipalities: ['halsua', 'veteli', 'kaustinen'] }), members);
    if (allocation.kind !== 'ok') throw new Error('expected shares');
    expect(allocation.detail.map((d) => [d.municipality, formatMoney(d.floor), d.rank, formatMoney(d.share)])).toEqual([
      ['halsua', '0.33', 1, '0.34'],
      ['kaustinen', '0.33', 2, '0.33'],
      ['veteli', '0.33', 3, '0.33'],
    ]);
    expect(formatMoney(sum(allocation.shares.values()))).toBe('1.00');
  });
});

describe('allocatePool problems', () => {
  const zeroPopulation = members.map((m) => ({ ...m, population: 0 }));
  const negativeVeteli = members.map((m) => (m.id === 'veteli' ? { ...m, population: -1 } : m));
  const two = ['halsua', 'veteli'];
  it.each<[string, Partial<Pool>, Municipality[], Array<Record<string, unknown>>]>([
    ['a negative amount', { amount: '-100' }, members, [{ code: 'amount.negative', path: ['amount'] }]],
    ['cents under euro rounding', { amount: '100.50', rounding: 'euro' }, members, [{ code: 'amount.not-multiple-of-unit', path: ['amount'] }]],
    ['an empty participant list', { municipalities: [] }, members, [{ code: 'participants.empty', path: ['municipalities'] }]],
    ['no municipalities at all', {}, [], [{ code: 'participants.empty', path: ['key'] }]],
    [
      'an unknown participant',
      { municipalities: ['halsua', 'perho'] },
      members,
      [{ code: 'participants.unknown', path: ['municipalities', 1], municipality: 'perho' }],
    ],
    ['a zero total population', { key: { kind: 'population' } }, zeroPopulation, [{ code: 'population.total-zero' }]],
    [
      'a negative population',
      { key: { kind: 'population' } },
      negativeVeteli,
      [{ code: 'population.not-positive', municipality: 'veteli', population: -1 }],
    ],
    ['all weights zero', { municipalities: two, key: weights([['halsua', '0'], ['veteli', '0']]) }, members, [{ code: 'weights.all-zero' }]],
    [
      'a negative weight',
      { municipalities: two, key: weights([['halsua', '1'], ['veteli', '-1']]) },
      members,
      [{ code: 'weights.negative', municipality: 'veteli', path: ['key', 'weights', 1] }],
    ],
    [
      'a weight outside the pool',
      { municipalities: two, key: weights([['halsua', '1'], ['veteli', '1'], ['kaustinen', '1']]) },
      members,
      [{ code: 'weights.outside-pool', municipality: 'kaustinen', path: ['key', 'weights', 2] }],
    ],
    [
      'a duplicate weight',
      { municipalities: two, key: weights([['halsua', '1'], ['veteli', '1'], ['halsua', '2']]) },
      members,
      [{ code: 'weights.duplicate', municipality: 'halsua', path: ['key', 'weights', 2] }],
    ],
    [
      'a participant without a weight',
      { municipalities: two, key: weights([['halsua', '1']]) },
      members,
      [{ code: 'weights.missing', municipality: 'veteli' }],
    ],
    [
      'fixed amounts that do not sum to the pool',
      { amount: '300', municipalities: two, key: fixed([['halsua', '100'], ['veteli', '100']]) },
      members,
      [{ code: 'fixed.sum-mismatch', path: ['key', 'amounts'] }],
    ],
    [
      'a fixed amount outside the pool',
      { amount: '300', municipalities: two, key: fixed([['halsua', '100'], ['veteli', '100'], ['kaustinen', '100']]) },
      members,
      [
        { code: 'fixed.outside-pool', municipality: 'kaustinen', path: ['key', 'amounts', 2] },
        { code: 'fixed.sum-mismatch' },
      ],
    ],
    [
      'a participant without a fixed amount',
      { amount: '300', municipalities: two, key: fixed([['halsua', '300']]) },
      members,
      [{ code: 'fixed.missing', municipality: 'veteli' }],
    ],
    [
      'a duplicate fixed amount',
      { amount: '300', municipalities: two, key: fixed([['halsua', '100'], ['veteli', '100'], ['halsua', '100']]) },
      members,
      [{ code: 'fixed.duplicate', municipality: 'halsua' }, { code: 'fixed.sum-mismatch' }],
    ],
    [
      'a negative fixed amount',
      { amount: '300', municipalities: two, key: fixed([['halsua', '400'], ['veteli', '-100']]) },
      members,
      [{ code: 'fixed.negative', municipality: 'veteli' }],
    ],
    [
      'a fixed amount with cents under euro rounding',
      { amount: '300', rounding: 'euro', municipalities: two, key: fixed([['halsua', '100.50'], ['veteli', '199.50']]) },
      members,
      [{ code: 'fixed.not-multiple-of-unit', municipality: 'halsua' }, { code: 'fixed.not-multiple-of-unit', municipality: 'veteli' }],
    ],
  ])('reports %s', (_title, fields, municipalities, expected) => {
    const allocation = allocatePool(pool(fields), municipalities);
    expect(allocation.kind).toBe('problem');
    expect(allocation.kind === 'problem' && allocation.problems).toEqual(expected.map((p) => expect.objectContaining(p)));
  });

  it.each<[string, Partial<Pool>]>([
    ['a zero weight beside a positive one', { municipalities: two, key: weights([['halsua', '0'], ['veteli', '1']]) }],
    ['a zero amount', { amount: '0' }],
    ['a duplicate in the participant list', { municipalities: ['halsua', 'halsua'] }],
  ])('accepts %s', (_title, fields) => {
    expect(allocatePool(pool(fields), members).kind).toBe('ok');
  });
});
