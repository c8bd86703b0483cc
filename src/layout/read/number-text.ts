import { Decimal } from '../../engine/money';

/**
 * A number that someone typed as text: "1 234,50", "1234.5", "1 234 €",
 * "−14", with normal, non-breaking or thin spaces as thousands separators.
 *
 * When both "," and "." occur, the last one is the decimal separator and the
 * other groups thousands ("1.234,50", "1,234.50"). A single "," or "." is the
 * decimal separator (Finnish habit: "1,5"); repeated, it groups thousands
 * ("1.234.567"). Null when the text is not a number.
 */
export function parseNumberText(raw: string): Decimal | null {
  let s = raw.replace(/\s/g, '').replace(/\u2212/g, '-');
  s = s.replace(/^€|€$/g, '').replace(/eur(oa?)?$/i, '').replace(/^e$/i, '');
  if (!/^[+-]?[\d.,]*\d[\d.,]*$/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    s = s.split(group).join('');
    if (s.split(decimal).length > 2) return null;
    s = s.replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const parts = s.split(separator);
    if (parts.length === 2) s = parts.join('.');
    else if (parts.slice(1).every((p) => /^\d{3}$/.test(p))) s = parts.join('');
    else return null;
  }
  if (!/^[+-]?\d+(\.\d+)?$/.test(s) && !/^[+-]?\.\d+$/.test(s)) {
    if (!/^[+-]?\d+\.$/.test(s)) return null;
    s = s.slice(0, -1);
  }
  const normalised = s.replace(/^([+-]?)\./, '$10.');
  return new Decimal(normalised);
}
