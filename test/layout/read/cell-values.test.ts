import { parseNumberText } from '../../../src/layout/read/number-text';
import {
  readDate,
  readDecimal,
  readEnum,
  readId,
  readInteger,
  readMoney,
  readText,
  readYear,
} from '../../../src/layout/read/cell-values';
import type { GridCell } from '../../../src/layout/sheet-grid';

const c = (value: GridCell['value']): GridCell => ({ value });

describe('parseNumberText', () => {
  it.each([
    ['1234', '1234'],
    ['1 234,50', '1234.5'],
    ['1\u00a0234,50', '1234.5'],
    ['1\u202f234', '1234'],
    ['1234.5', '1234.5'],
    ['1 234 €', '1234'],
    ['€1234', '1234'],
    ['1234 eur', '1234'],
    ['1.234,56', '1234.56'],
    ['1,234.56', '1234.56'],
    ['1.234.567', '1234567'],
    ['1,5', '1.5'],
    ['-14', '-14'],
    ['−14,5', '-14.5'],
    ['+7', '7'],
    [',5', '0.5'],
  ])('%j is %s', (text, expected) => {
    expect(parseNumberText(text)?.toFixed()).toBe(expected);
  });

  it.each([['paljon'], [''], ['12a'], ['1,2,3,4'], ['1.2.3,4,5'], ['--1'], ['€'], ['54 %'], ['1e5']])('%j is not a number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe('reading cells by column kind', () => {
  it.each([
    ['a text as typed', readText(c('  väli  ')), { kind: 'ok', value: '  väli  ' }],
    ['an empty string', readText(c('')), { kind: 'empty' }],
    ['no cell', readText(undefined), { kind: 'empty' }],
    ['a number in a text column', readText(c(0.1)), { kind: 'ok', value: '0.1' }],
    ['a boolean in a text column', readText(c(true)), { kind: 'ok', value: 'TRUE' }],
    ['an id with spaces around', readId(c(' g-1 ')), { kind: 'ok', value: 'g-1' }],
    ['an id of digits typed as a number', readId(c(2026)), { kind: 'ok', value: '2026' }],
    ['an integer', readInteger(c(985)), { kind: 'ok', value: 985 }],
    ['an integer as text', readInteger(c('4 118')), { kind: 'ok', value: 4118 }],
    ['a year', readYear(c(2026)), { kind: 'ok', value: 2026 }],
    ['money with float noise', readMoney(c(0.1 + 0.2)), { kind: 'ok', value: '0.30' }],
    ['whole-euro money', readMoney(c(2157119)), { kind: 'ok', value: '2157119' }],
    ['money of euros and cents', readMoney(c(1234.5)), { kind: 'ok', value: '1234.50' }],
    ['money written with zero cents', readMoney(c('100,00')), { kind: 'ok', value: '100' }],
    ['a decimal', readDecimal(c(2.4)), { kind: 'ok', value: '2.4' }],
    ['a negative zero', readDecimal(c(-0)), { kind: 'ok', value: '0' }],
    ['a date serial', readDate(c(45657)), { kind: 'ok', value: '2024-12-31' }],
    ['a date serial with a time', readDate(c(45657.75)), { kind: 'ok', value: '2024-12-31' }],
    ['a Finnish date', readDate(c('1.2.2025')), { kind: 'ok', value: '2025-02-01' }],
    ['an ISO date', readDate(c('2024-02-29')), { kind: 'ok', value: '2024-02-29' }],
    ['an enum label', readEnum(c('Tulosmittari'), 'metricKind', 'fi'), { kind: 'ok', value: 'outcome' }],
    ['an enum label of the other language', readEnum(c('output'), 'metricKind', 'fi'), { kind: 'ok', value: 'output' }],
    ['an enum key', readEnum(c('inProgress'), 'actionStatus', 'en'), { kind: 'ok', value: 'inProgress' }],
  ])('%s', (_title, read, expected) => {
    expect(read).toEqual(expected);
  });

  it.each([
    ['text as a number', readInteger(c('paljon')), 'notANumber', 'not-a-number'],
    ['a fraction as an integer', readInteger(c(2.5)), 'badValue', 'bad-value.whole-number'],
    ['below a minimum', readInteger(c(-1), 0), 'badValue', 'bad-value.minimum'],
    ['a year out of range', readYear(c(2201)), 'badValue', 'bad-value.year'],
    ['a fractional year', readYear(c(2025.5)), 'badValue', 'bad-value.year'],
    ['money with a third decimal', readMoney(c(1.005)), 'badValue', 'bad-value.money'],
    ['a date that does not exist', readDate(c('29.2.2025')), 'badValue', 'bad-value.date'],
    ['a date serial before March 1900', readDate(c(59)), 'badValue', 'bad-value.date'],
    ['a date in words', readDate(c('huomenna')), 'badValue', 'bad-value.date'],
    ['an unknown enum label', readEnum(c('Valmis?'), 'actionStatus', 'fi'), 'badValue', 'bad-value.enum'],
    ['an id with a space', readId(c('g 1')), 'badValue', 'bad-value.id'],
    ['an error value', readMoney({ value: null, error: '#DIV/0!' }), 'badValue', 'bad-value.error'],
    ['a boolean as a number', readDecimal(c(false)), 'notANumber', 'not-a-number'],
  ])('%s is reported', (_title, read, rule, key) => {
    expect(read).toMatchObject({ kind: 'bad', rule, key });
  });

  it('lists the allowed labels in the workbook language', () => {
    expect(readEnum(c('x'), 'rounding', 'en')).toMatchObject({ params: { value: 'x', allowed: 'Cent, Euro' } });
  });
});
