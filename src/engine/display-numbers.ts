import type { LocalisedText } from '../model/finding';
import { Decimal, formatFixed } from './money';

/** A product language of messages. */
export type MessageLanguage = keyof LocalisedText;

/**
 * Numbers as they appear inside messages: Finnish "1 853 839 €", "-0,4 %",
 * "31.12.2024"; English "€1,853,839", "-0.4%", "31 December 2024". The
 * Finnish thousands separator is a plain space, so that messages stay easy
 * to search and compare.
 */
const SEPARATORS: Record<MessageLanguage, { thousands: string; decimal: string }> = {
  fi: { thousands: ' ', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/** A number with a fixed count of decimals and the language's separators. */
export function formatNumber(value: Decimal, language: MessageLanguage, decimals: number): string {
  const fixed = formatFixed(value, decimals);
  const negative = fixed.startsWith('-');
  const [whole = '', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const { thousands, decimal } = SEPARATORS[language];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return (negative ? '-' : '') + grouped + (fraction === undefined ? '' : decimal + fraction);
}

/** Euros: whole euros without decimals, otherwise with cents. */
export function formatEuros(value: Decimal, language: MessageLanguage): string {
  const decimals = new Decimal(value).isInteger() ? 0 : 2;
  const number = formatNumber(new Decimal(value).abs(), language, decimals);
  const sign = new Decimal(value).isNegative() && !new Decimal(value).isZero() ? '-' : '';
  return language === 'fi' ? `${sign}${number} €` : `${sign}€${number}`;
}

/** A percentage rounded half-up to `decimals`. */
export function formatPercent(value: Decimal, language: MessageLanguage, decimals: number): string {
  const number = formatNumber(value, language, decimals);
  return language === 'fi' ? `${number} %` : `${number}%`;
}

const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** An ISO date (YYYY-MM-DD) as written in each language. */
export function formatDate(iso: string, language: MessageLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return iso;
  const [, year, month, day] = match;
  if (language === 'fi') return `${Number(day)}.${Number(month)}.${year}`;
  return `${Number(day)} ${ENGLISH_MONTHS[Number(month) - 1] ?? month} ${year}`;
}
