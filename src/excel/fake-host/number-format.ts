/**
 * A small formatter behind `Range.text`. It knows the formats the locale
 * parser produces and the common fixed ones; anything else is shown as
 * General. ASSUMPTION: General shows up to 10 decimals, trailing zeros cut,
 * with the locale's decimal separator; this approximates Excel's General.
 */
import type { FakeLocale } from './locale-input';

const monthsShort: Record<FakeLocale, readonly string[]> = {
  'en-US': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  'fi-FI': ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'],
};

function dateOf(serial: number): { y: number; m: number; d: number } {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function fixed(value: number, decimals: number, grouping: boolean, locale: FakeLocale): string {
  const [int = '0', frac] = Math.abs(value).toFixed(decimals).split('.');
  const group = locale === 'fi-FI' ? '\u00A0' : ',';
  const decimal = locale === 'fi-FI' ? ',' : '.';
  const intText = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  const sign = value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? '-' : '';
  return sign + intText + (frac === undefined ? '' : decimal + frac);
}

export function formatNumber(value: number, numberFormat: string, locale: FakeLocale): string {
  switch (numberFormat) {
    case '0':
      return fixed(value, 0, false, locale);
    case '0.00':
      return fixed(value, 2, false, locale);
    case '#,##0':
      return fixed(value, 0, true, locale);
    case '#,##0.00':
      return fixed(value, 2, true, locale);
    case '0%':
      return `${fixed(value * 100, 0, false, locale)}${locale === 'fi-FI' ? '\u00A0%' : '%'}`;
    case '0.00%':
      return `${fixed(value * 100, 2, false, locale)}${locale === 'fi-FI' ? '\u00A0%' : '%'}`;
    case 'd-mmm': {
      const { m, d } = dateOf(value);
      return locale === 'fi-FI' ? `${d}.${monthsShort[locale][m - 1]}` : `${d}-${monthsShort[locale][m - 1]}`;
    }
    case 'm/d/yyyy': {
      const { y, m, d } = dateOf(value);
      return locale === 'fi-FI' ? `${d}.${m}.${y}` : `${m}/${d}/${y}`;
    }
    default: {
      const text = String(Number(value.toFixed(10)));
      return locale === 'fi-FI' ? text.replace('.', ',') : text;
    }
  }
}

export function formatCellText(value: number | string | boolean, numberFormat: string, locale: FakeLocale): string {
  if (typeof value === 'boolean') {
    if (locale === 'fi-FI') return value ? 'TOSI' : 'EPÄTOSI';
    return value ? 'TRUE' : 'FALSE';
  }
  if (typeof value === 'string') return value;
  return formatNumber(value, numberFormat, locale);
}
