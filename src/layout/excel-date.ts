/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the
 * non-existent 1900-02-29 that Excel keeps for Lotus compatibility, so from
 * 1900-03-01 (serial 61) on, a serial is the number of days since 1899-12-30.
 * Integer day arithmetic only, so no time zone can move a date.
 */

/** The first date a serial represents without the 1900 leap-year quirk. */
export const FIRST_SERIAL_DATE = '1900-03-01';

export function isoToSerial(iso: string): number | null {
  const parts = parseIso(iso);
  if (!parts || iso < FIRST_SERIAL_DATE) return null;
  return daysFromCivil(parts.year, parts.month, parts.day) - EPOCH;
}

/** The calendar date of a serial (its time of day ignored); null outside 1900-03-01 … 9999-12-31. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 61) return null;
  const { year, month, day: dayOfMonth } = civilFromDays(day + EPOCH);
  if (year > 9999) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
}

/** A real calendar date as YYYY-MM-DD, or null. */
export function parseIso(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isCalendarDate(year, month, day) ? { year, month, day } : null;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] as number);
}

export function formatIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

/** 1899-12-30, Excel's day zero for serials from 61 on. */
const EPOCH = daysFromCivil(1899, 12, 30);
