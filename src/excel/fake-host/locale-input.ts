/**
 * What Excel makes of a string written to `Range.values` (or a constant
 * written to `Range.formulas`): the same as a user typing it in a cell, in the
 * user's locale. Pure and browser-safe.
 *
 * ASSUMPTIONS (no source at hand; chosen to match Excel's typing behaviour as
 * commonly observed — keep them in this list):
 * - A leading "+" or "-" followed by a number is that number; followed by
 *   anything else it starts a formula ("-A1" becomes "=-A1"). "@" starts a
 *   formula with the "@" dropped ("@SUM(A1)" becomes "=SUM(A1)", the old
 *   Lotus habit). A lone "+" or "-" is text.
 * - Formulas are not parsed or checked: "=" followed by anything is stored.
 * - Numbers typed with group separators get "#,##0" (or "#,##0.00" with
 *   decimals); percents get "0%" or "0.00%"; day-month dates get "d-mmm";
 *   full dates get "m/d/yyyy" (Excel's built-in short date, format 14,
 *   which Excel shows in the user's locale).
 * - fi-FI dates: d.m and d.m.yyyy / d.m.yy; en-US dates: m/d and m/d/yyyy /
 *   m/d/yy. Two-digit years 00–29 are 20xx, 30–99 are 19xx. An impossible
 *   date ("31.2") stays text. Other date spellings (month names, "-"
 *   separators, times) are not recognised and stay text.
 * - The error literals (#N/A, #REF!, …) typed become error values.
 */

export type FakeLocale = 'fi-FI' | 'en-US';

export type TypedInput =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly numberFormat?: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'formula'; readonly formula: string };

interface LocaleRules {
  readonly decimal: string;
  readonly groupPattern: string; // regex character class body for group separators
  readonly trueWord: string;
  readonly falseWord: string;
  readonly parseDate: (text: string, today: Date) => { serial: number; hasYear: boolean } | undefined;
}

export const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

const localeRules: Record<FakeLocale, LocaleRules> = {
  'fi-FI': {
    decimal: ',',
    groupPattern: ' \\u00A0\\u202F',
    trueWord: 'TOSI',
    falseWord: 'EPÄTOSI',
    parseDate: (text, today) => {
      const m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(text);
      if (!m) return undefined;
      return dateParts(Number(m[1]), Number(m[2]), m[3], today);
    },
  },
  'en-US': {
    decimal: '.',
    groupPattern: ',',
    trueWord: 'TRUE',
    falseWord: 'FALSE',
    parseDate: (text, today) => {
      const m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(text);
      if (!m) return undefined;
      return dateParts(Number(m[2]), Number(m[1]), m[3], today);
    },
  },
};

/** Excel's serial number for a calendar date (1900 date system; serials after Feb 1900 count from 30 Dec 1899). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function dateParts(day: number, month: number, yearText: string | undefined, today: Date): { serial: number; hasYear: boolean } | undefined {
  let year = today.getFullYear();
  if (yearText !== undefined) {
    year = Number(yearText);
    if (yearText.length === 2) year += year < 30 ? 2000 : 1900;
  }
  if (month < 1 || month > 12 || day < 1) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { serial: dateSerial(year, month, day), hasYear: yearText !== undefined };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number in the locale's spelling, optionally with group separators in threes and an exponent. */
function parseLocaleNumber(text: string, rules: LocaleRules): { value: number; grouped: boolean; decimals: boolean } | undefined {
  const dec = escapeRegex(rules.decimal);
  const grp = `[${rules.groupPattern}]`;
  const pattern = new RegExp(`^([+-]?)(\\d{1,3}(?:${grp}\\d{3})+|\\d+)?(?:${dec}(\\d*))?(?:[eE]([+-]?\\d+))?$`);
  const m = pattern.exec(text);
  if (!m) return undefined;
  const intPart = m[2];
  const fracPart = m[3];
  if (intPart === undefined && (fracPart === undefined || fracPart === '')) return undefined;
  const grouped = intPart !== undefined && new RegExp(grp).test(intPart);
  const canonical = `${m[1] ?? ''}${(intPart ?? '0').replace(new RegExp(grp, 'g'), '')}.${fracPart ?? ''}${m[4] === undefined ? '' : `e${m[4]}`}`;
  const value = Number(canonical.replace(/\.(e|$)/, '$1'));
  if (!Number.isFinite(value)) return undefined;
  return { value, grouped, decimals: fracPart !== undefined && fracPart !== '' };
}

export interface TypingOptions {
  readonly locale: FakeLocale;
  /** "Today", for dates typed without a year. */
  readonly today: Date;
}

/** What typing `text` into a cell produces. */
export function parseTypedInput(text: string, options: TypingOptions): TypedInput {
  if (text === '') return { kind: 'empty' };
  if (text.startsWith("'")) return { kind: 'text', text: text.slice(1) };
  if (text.startsWith('=')) return { kind: 'formula', formula: text };
  if (text.startsWith('@') && text.length > 1) return { kind: 'formula', formula: `=${text.slice(1)}` };

  const rules = localeRules[options.locale];
  const upper = text.toUpperCase();
  if (upper === rules.trueWord) return { kind: 'boolean', value: true };
  if (upper === rules.falseWord) return { kind: 'boolean', value: false };
  if (ERROR_LITERALS.includes(upper)) return { kind: 'error', text: upper };

  const percent = /^(.*?)\s?%$/.exec(text);
  if (percent) {
    const n = parseLocaleNumber(percent[1] ?? '', rules);
    if (n) return { kind: 'number', value: n.value / 100, numberFormat: n.decimals ? '0.00%' : '0%' };
  }

  const n = parseLocaleNumber(text, rules);
  if (n) {
    if (n.grouped) return { kind: 'number', value: n.value, numberFormat: n.decimals ? '#,##0.00' : '#,##0' };
    return { kind: 'number', value: n.value };
  }

  const date = rules.parseDate(text, options.today);
  if (date) return { kind: 'number', value: date.serial, numberFormat: date.hasYear ? 'm/d/yyyy' : 'd-mmm' };

  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1) return { kind: 'formula', formula: `=${text}` };
  return { kind: 'text', text };
}
