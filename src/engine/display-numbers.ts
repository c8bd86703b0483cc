import type { Language } from '../model/language';
import { Decimal, formatFixed } from './money';

/** A product language of messages. */
export type MessageLanguage = Language;

/**
 * How each language writes numbers inside messages: Finnish and Finland
 * Swedish (as Swedish-speaking Finland writes them) "1 853 839 €", "-0,4 %", "31.12.2024"; English "€1,853,839",
 * "-0.4%", "31 December 2024". The thousands separator is a plain space, so
 * that messages stay easy to search and compare.
 */
interface NumberStyle {
  thousands: string;
  decimal: string;
  euros: (number: string) => string;
  percent: (number: string) => string;
  date: (day: number, month: number, year: string) => string;
}

const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const NORDIC: NumberStyle = {
  thousands: ' ',
  decimal: ',',
  euros: (number) => `${number} €`,
  percent: (number) => `${number} %`,
  date: (day, month, year) => `${day}.${month}.${year}`,
};

const NUMBER_STYLES: Record<MessageLanguage, NumberStyle> = {
  fi: NORDIC,
  sv: NORDIC,
  en: {
    thousands: ',',
    decimal: '.',
    euros: (number) => `€${number}`,
    percent: (number) => `${number}%`,
    date: (day, month, year) => `${day} ${ENGLISH_MONTHS[month - 1] ?? month} ${year}`,
  },
};

/** A number with a fixed count of decimals and the language's separators. */
export function formatNumber(value: Decimal, language: MessageLanguage, decimals: number): string {
  const fixed = formatFixed(value, decimals);
  const negative = fixed.startsWith('-');
  const [whole = '', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const { thousands, decimal } = NUMBER_STYLES[language];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return (negative ? '-' : '') + grouped + (fraction === undefined ? '' : decimal + fraction);
}

/** Euros: whole euros without decimals, otherwise with cents (or always `decimals` when given). */
export function formatEuros(value: Decimal, language: MessageLanguage, decimals?: number): string {
  const amount = new Decimal(value);
  const number = formatNumber(amount.abs(), language, decimals ?? (amount.isInteger() ? 0 : 2));
  const sign = amount.isNegative() && !amount.isZero() ? '-' : '';
  return sign + NUMBER_STYLES[language].euros(number);
}

/** A percentage rounded half-up to `decimals`. */
export function formatPercent(value: Decimal, language: MessageLanguage, decimals: number): string {
  return NUMBER_STYLES[language].percent(formatNumber(value, language, decimals));
}

/** An ISO date (YYYY-MM-DD) as written in each language. */
export function formatDate(iso: string, language: MessageLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return iso;
  const [, year = '', month, day] = match;
  return NUMBER_STYLES[language].date(Number(day), Number(month), year);
}
