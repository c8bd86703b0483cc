import { formatDate, formatEuros, formatNumber, formatPercent } from '../../src/engine/display-numbers';
import { Decimal } from '../../src/engine/money';

describe('display numbers', () => {
  it.each<[string, 'fi' | 'en', string]>([
    ['1853839', 'fi', '1 853 839 €'],
    ['1853839', 'en', '€1,853,839'],
    ['-4300', 'fi', '-4 300 €'],
    ['-4300', 'en', '-€4,300'],
    ['1234.5', 'fi', '1 234,50 €'],
    ['1234.5', 'en', '€1,234.50'],
    ['0', 'fi', '0 €'],
    ['999', 'en', '€999'],
  ])('writes %s euros in %s as %s', (value, language, text) => {
    expect(formatEuros(new Decimal(value), language)).toBe(text);
  });

  it.each<[string, 'fi' | 'en', number, string]>([
    ['54.14', 'fi', 0, '54 %'],
    ['-0.432', 'fi', 1, '-0,4 %'],
    ['-0.432', 'en', 2, '-0.43%'],
    ['-0.001', 'en', 1, '0.0%'],
  ])('writes %s per cent in %s with %i decimals as %s', (value, language, decimals, text) => {
    expect(formatPercent(new Decimal(value), language, decimals)).toBe(text);
  });

  it('groups thousands in both languages', () => {
    expect(formatNumber(new Decimal('1234567.891'), 'fi', 2)).toBe('1 234 567,89');
    expect(formatNumber(new Decimal('1234567.891'), 'en', 2)).toBe('1,234,567.89');
  });

  it.each<[string, 'fi' | 'en', string]>([
    ['2024-12-31', 'fi', '31.12.2024'],
    ['2021-01-05', 'fi', '5.1.2021'],
    ['2024-12-31', 'en', '31 December 2024'],
  ])('writes the date %s in %s as %s', (iso, language, text) => {
    expect(formatDate(iso, language)).toBe(text);
  });
});
