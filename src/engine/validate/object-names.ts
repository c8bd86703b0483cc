/**
 * How validation messages name the objects they are about. Titles are
 * shortened so that a message stays readable in a findings table; a blank
 * title falls back to the object's id (the blank title has its own finding).
 */

export const TITLE_LENGTH = 60;

/** Whitespace that shortTitle would change: at either end, any but a space, or two in a row. */
const MORE_THAN_ONE_SPACE = /^\s|\s$|[^\S ]|\s\s/;

/** The text on one line, cut to `limit` characters (code points) with "…" when longer. */
export function shortTitle(text: string, limit: number = TITLE_LENGTH): string {
  // Validation names every object of the plan; most titles are already one short line, so skip the work for them.
  if (text.length <= limit && !MORE_THAN_ONE_SPACE.test(text)) return text;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  // UTF-16 units are never fewer than code points: a short enough string needs no splitting.
  if (oneLine.length <= limit) return oneLine;
  const chars = Array.from(oneLine);
  if (chars.length <= limit) return oneLine;
  return `${chars.slice(0, limit - 1).join('').trimEnd()}…`;
}

/** The shortened title, or the id when the title is blank. */
export function titleOrId(title: string, id: string): string {
  const short = shortTitle(title);
  return short === '' ? id : short;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th": English messages name list items by ordinal. */
export function englishOrdinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/**
 * The position of a list item for both languages: Finnish templates write
 * `{position}.` ("3. toimenpide"), English ones `{ordinal}` ("3rd action").
 */
export function positionParams(index: number): { position: number; ordinal: string } {
  return { position: index + 1, ordinal: englishOrdinal(index + 1) };
}

/** 2025-12-11 → 11.12.2025, the way Finnish documents write dates. Anything else is returned as is. */
export function finnishDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${Number(day)}.${Number(month)}.${year}`;
}
