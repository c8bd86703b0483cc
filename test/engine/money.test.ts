import { Decimal, formatMoney, percentChange, percentOf, roundHalfUp, toMoney, writtenDecimals } from '../../src/engine/money';

describe('money', () => {
  it.each([
    ['12345.67', '12345.67'],
    ['12345', '12345.00'],
    ['0.005', '0.01'],
    ['-0.005', '-0.01'],
    ['-0.004', '0.00'],
    ['1234.5', '1234.50'],
  ])('formats %s as %s', (value, formatted) => {
    expect(formatMoney(toMoney(value))).toBe(formatted);
  });

  it.each([
    ['2.5', 0, '3'],
    ['-2.5', 0, '-3'],
    ['1.005', 2, '1.01'],
    ['-0.45', 1, '-0.5'],
  ])('rounds %s half away from zero to %i decimals as Excel does: %s', (value, decimals, rounded) => {
    expect(roundHalfUp(new Decimal(value), decimals).toString()).toBe(rounded);
  });

  it('keeps 50 significant digits', () => {
    expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(50)}`);
  });

  it('gives percentages and null for a zero base', () => {
    expect(percentOf(toMoney('1003733'), toMoney('1853839'))!.toFixed(2)).toBe('54.14');
    expect(percentChange(toMoney('90'), toMoney('100'))!.toString()).toBe('-10');
    expect(percentOf(toMoney('1'), toMoney('0'))).toBeNull();
    expect(percentChange(toMoney('1'), toMoney('0'))).toBeNull();
  });

  it.each([
    ['54', 0],
    ['-0.4', 1],
    ['2.40', 2],
  ])('counts the written decimals of %s: %i', (value, decimals) => {
    expect(writtenDecimals(value)).toBe(decimals);
  });
});
