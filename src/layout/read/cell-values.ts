import { Decimal } from '../../engine/money';
import type { MessageParams } from '../../model/messages/catalogue';
import type { Language } from '../../model/plan';
import { IdSchema } from '../../model/plan.schema';
import { canonicalDecimal, canonicalMoney } from '../decimal-text';
import { formatIso, isCalendarDate, parseIso, serialToIso } from '../excel-date';
import type { GridCell } from '../sheet-grid';
import { ENUM_LABELS, type EnumName } from '../schema/tables';
import { parseNumberText } from './number-text';
import type { ReadMessageKey } from './read.messages';

/**
 * Reading one cell as a value of a column kind. People type numbers as text,
 * dates as text, enum labels in either language; all of that is accepted.
 * What cannot be read comes back as a problem (a message key and its
 * parameters), never as an exception.
 */

export type CellRead<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; value: T }
  | { kind: 'bad'; rule: 'notANumber' | 'badValue'; key: ReadMessageKey; params: MessageParams };

const EMPTY = { kind: 'empty' } as const;
const ok = <T>(value: T): CellRead<T> => ({ kind: 'ok', value });
function bad<T>(rule: 'notANumber' | 'badValue', key: ReadMessageKey, params: MessageParams): CellRead<T> {
  return { kind: 'bad', rule, key, params };
}

/** Empty for reading: no cell, no value, or only whitespace. */
export function isBlankCell(cell: GridCell | undefined): boolean {
  if (!cell) return true;
  if (cell.error) return false;
  return cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
}

/** A cell's value as shown in a message: text as typed, numbers in their shortest form. */
export function shownValue(cell: GridCell | undefined): string {
  const textValue = fullValue(cell);
  return textValue.length > 60 ? `${textValue.slice(0, 59)}…` : textValue;
}

/** A cell's value as text, whole: what a key column holds. */
export function fullValue(cell: GridCell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  const value = cell.value;
  if (value === null) return '';
  return typeof value === 'number' ? numberText(value) : String(value);
}

function numberText(value: number): string {
  return Number.isFinite(value) ? new Decimal(value).toFixed() : String(value);
}

function errorRead<T>(cell: GridCell): CellRead<T> {
  return bad('badValue', 'bad-value.error', { value: cell.error ?? '' });
}

/**
 * Text as typed: a text cell keeps its spaces and line breaks; an empty
 * string is empty. A number typed into a text column reads as its digits.
 */
export function readText(cell: GridCell | undefined): CellRead<string> {
  if (cell?.error) return errorRead(cell);
  if (!cell || cell.value === null || cell.value === '') return EMPTY;
  if (typeof cell.value === 'string') return ok(cell.value);
  if (typeof cell.value === 'number') return ok(numberText(cell.value));
  return ok(cell.value ? 'TRUE' : 'FALSE');
}

/** An id or a reference to one: surrounding spaces are dropped (an id never holds one). */
export function readId(cell: GridCell | undefined): CellRead<string> {
  const read = readText(cell);
  if (read.kind !== 'ok') return read;
  const id = read.value.trim();
  if (id === '') return EMPTY;
  return IdSchema.safeParse(id).success ? ok(id) : bad('badValue', 'bad-value.id', { value: id });
}

export function readNumber(cell: GridCell | undefined): CellRead<Decimal> {
  if (cell?.error) return errorRead(cell);
  if (isBlankCell(cell) || !cell) return EMPTY;
  if (typeof cell.value === 'number') {
    return Number.isFinite(cell.value) ? ok(new Decimal(cell.value)) : bad('notANumber', 'not-a-number', { value: String(cell.value) });
  }
  if (typeof cell.value === 'string') {
    const parsed = parseNumberText(cell.value);
    return parsed ? ok(parsed) : bad('notANumber', 'not-a-number', { value: shownValue(cell) });
  }
  return bad('notANumber', 'not-a-number', { value: shownValue(cell) });
}

export function readInteger(cell: GridCell | undefined, minimum?: number): CellRead<number> {
  const read = readNumber(cell);
  if (read.kind !== 'ok') return read;
  const value = read.value;
  if (!value.isInteger() || value.abs().gt(Number.MAX_SAFE_INTEGER)) {
    return bad('badValue', 'bad-value.whole-number', { value: value.toFixed() });
  }
  if (minimum !== undefined && value.lt(minimum)) {
    return bad('badValue', 'bad-value.minimum', { value: value.toFixed(), minimum });
  }
  return ok(value.toNumber());
}

export const YEAR_RANGE = { minimum: 1900, maximum: 2200 } as const;

export function readYear(cell: GridCell | undefined): CellRead<number> {
  const read = readNumber(cell);
  if (read.kind !== 'ok') return read;
  const value = read.value;
  if (!value.isInteger() || value.lt(YEAR_RANGE.minimum) || value.gt(YEAR_RANGE.maximum)) {
    return bad('badValue', 'bad-value.year', { value: value.toFixed(), ...YEAR_RANGE });
  }
  return ok(value.toNumber());
}

// A binary float such as 0.1 + 0.2 carries noise far below the cent; noise is not a third decimal.
const FLOAT_NOISE = new Decimal('1e-9');

/** Euros with at most two decimals, in the canonical written form (see decimal-text.ts). */
export function readMoney(cell: GridCell | undefined): CellRead<string> {
  const read = readNumber(cell);
  if (read.kind !== 'ok') return read;
  const cents = read.value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (!cents.minus(read.value).abs().lte(FLOAT_NOISE)) {
    return bad('badValue', 'bad-value.money', { value: read.value.toFixed() });
  }
  return ok(canonicalMoney(cents));
}

export function readDecimal(cell: GridCell | undefined): CellRead<string> {
  const read = readNumber(cell);
  return read.kind === 'ok' ? ok(canonicalDecimal(read.value)) : read;
}

/** A date cell (an Excel serial) or a date typed as text: 31.12.2024 or 2024-12-31. */
export function readDate(cell: GridCell | undefined): CellRead<string> {
  if (cell?.error) return errorRead(cell);
  if (isBlankCell(cell) || !cell) return EMPTY;
  if (typeof cell.value === 'number') {
    const iso = serialToIso(cell.value);
    return iso ? ok(iso) : bad('badValue', 'bad-value.date', { value: shownValue(cell) });
  }
  const typed = String(cell.value).trim();
  if (parseIso(typed)) return ok(typed);
  const finnish = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(typed);
  if (finnish) {
    const [day, month, year] = [Number(finnish[1]), Number(finnish[2]), Number(finnish[3])];
    if (isCalendarDate(year, month, day)) return ok(formatIso(year, month, day));
  }
  return bad('badValue', 'bad-value.date', { value: shownValue(cell) });
}

/** An enum value by its label in either language, or by its own key; case and spaces do not matter. */
export function readEnum<E extends EnumName>(
  cell: GridCell | undefined,
  name: E,
  language: Language,
): CellRead<keyof (typeof ENUM_LABELS)[E] & string> {
  const read = readText(cell);
  if (read.kind !== 'ok') return read;
  const typed = normaliseLabel(read.value);
  if (typed === '') return EMPTY;
  const labels = ENUM_LABELS[name] as Record<string, { fi: string; en: string }>;
  for (const [key, label] of Object.entries(labels)) {
    if ([key, label.fi, label.en].some((candidate) => normaliseLabel(candidate) === typed)) {
      return ok(key as keyof (typeof ENUM_LABELS)[E] & string);
    }
  }
  const allowed = Object.values(labels)
    .map((label) => label[language])
    .join(', ');
  return bad('badValue', 'bad-value.enum', { value: read.value, allowed });
}

/** Header and label comparison: case, surrounding and repeated spaces do not matter. */
export function normaliseLabel(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLocaleLowerCase('fi');
}

