import { Decimal } from '../../src/engine/money';
import { checkNarrativeFigure, narrativeMatches, narrativeTolerance } from '../../src/engine/narrative';
import type { NarrativeFigure } from '../../src/model/plan';
import { minimalPlan } from '../support/plan-builder';

describe('narrative tolerance', () => {
  it.each<[string, boolean, string, boolean]>([
    ['54', false, '54.14', true],
    ['54', false, '54.5', false],
    ['54', false, '53.5', true],
    ['-0.4', false, '-0.43', true],
    ['-0.4', false, '-0.45', false],
    ['-0.4', false, '-0.35', true],
    ['0.4', false, '-0.43', false],
    ['-14', true, '-14.06', true],
    ['-14', true, '-15', true],
    ['-14', true, '-15.01', false],
    ['-4300', true, '-4300', true],
    ['-4300', true, '-4399', true],
    ['-4300', true, '-4401', false],
    ['-500000', true, '-591000', true],
    ['-500000', true, '-600001', false],
    ['2.4', true, '2.5', true],
    ['2.4', true, '2.51', false],
    ['2.40', true, '2.45', false],
  ])('stated %s (approximate: %s) against computed %s matches: %s', (stated, approximate, computed, matches) => {
    expect(narrativeMatches(stated, approximate, new Decimal(computed))).toBe(matches);
  });

  it.each([
    ['-14', '1'],
    ['-4300', '100'],
    ['-500000', '100000'],
    ['2.4', '0.1'],
    ['2.40', '0.01'],
    ['0', '1'],
  ])('allows "noin %s" to differ by %s', (stated, tolerance) => {
    expect(narrativeTolerance(stated, true).toString()).toBe(tolerance);
  });
});

describe('checkNarrativeFigure', () => {
  const plan = minimalPlan({
    budget: {
      years: [
        { year: 2024, kind: 'TA', municipalFunding: '1508033' },
        { year: 2025, kind: 'TA', total: '2157119', municipalFunding: '1008033', externalFunding: '1149086' },
        { year: 2026, kind: 'TA', total: '1853839', municipalFunding: '1003733', externalFunding: '850106' },
        { year: 2027, kind: 'TS', total: '0', municipalFunding: '0' },
      ],
    },
  });
  const figure = (fields: Partial<NarrativeFigure>): NarrativeFigure => ({
    id: 'n',
    quote: 'lause',
    kind: 'share',
    measure: 'municipalFunding',
    year: 2026,
    value: '54',
    unit: '%',
    approximate: false,
    ...fields,
  });

  it.each<[string, Partial<NarrativeFigure>, string]>([
    ['the municipal share 54 %', {}, 'matches'],
    ['a total 14 % smaller', { kind: 'change', measure: 'total', baseYear: 2025, value: '-14', approximate: true }, 'matches'],
    ['municipal funding 0.4 % smaller', { kind: 'change', baseYear: 2025, value: '-0.4' }, 'matches'],
    ['municipal funding about 4300 € smaller', { kind: 'change', baseYear: 2025, value: '-4300', unit: '€', approximate: true }, 'matches'],
    ['about 500 000 € less than in 2024', { kind: 'change', baseYear: 2024, value: '-500000', unit: '€', approximate: true }, 'matches'],
    ['external funding about 24 % less', { kind: 'change', measure: 'externalFunding', baseYear: 2025, value: '-24', approximate: true }, 'mismatch'],
    ['a municipal share of 55 %', { value: '55' }, 'mismatch'],
  ])('%s: %s', (_title, fields, kind) => {
    expect(checkNarrativeFigure(plan, figure(fields)).kind).toBe(kind);
  });

  it('gives the computed value of a mismatch', () => {
    const check = checkNarrativeFigure(plan, figure({ kind: 'change', measure: 'externalFunding', baseYear: 2025, value: '-24', approximate: true }));
    expect(check.kind === 'mismatch' && check.computed.toFixed(2)).toBe('-26.02');
  });

  it.each<[string, Partial<NarrativeFigure>, object]>([
    ['a missing measure', { year: 2028 }, { code: 'figure-missing', measure: 'municipalFunding', year: 2028 }],
    ['a missing total', { year: 2024 }, { code: 'figure-missing', measure: 'total', year: 2024 }],
    ['a missing base', { kind: 'change', measure: 'total', baseYear: 2024 }, { code: 'figure-missing', measure: 'total', year: 2024 }],
    ['no base year', { kind: 'change' }, { code: 'base-year-missing' }],
    ['a zero base', { kind: 'change', year: 2026, baseYear: 2027 }, { code: 'base-zero', measure: 'municipalFunding', year: 2027 }],
    ['a zero total', { year: 2027 }, { code: 'base-zero', measure: 'total', year: 2027 }],
    ['a share in euros', { unit: '€' }, { code: 'share-in-euros' }],
  ])('cannot check a figure with %s', (_title, fields, gap) => {
    expect(checkNarrativeFigure(plan, figure(fields))).toEqual({ kind: 'unverifiable', gap });
  });
});
