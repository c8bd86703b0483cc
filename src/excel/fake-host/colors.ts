/**
 * Colors as Excel takes them: "#RRGGBB" or an HTML color name; read back as
 * uppercase "#RRGGBB". ASSUMPTION: only the names below are known to the fake;
 * any other string is rejected with InvalidArgument.
 */
import { fail } from './errors';

const named: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  purple: '#800080',
};

export function normaliseColor(color: unknown, location: string): string {
  if (typeof color !== 'string') fail('InvalidArgument', undefined, location);
  const byName = named[color.toLowerCase()];
  if (byName) return byName;
  const m = /^#([0-9a-fA-F]{6})$/.exec(color);
  if (!m) fail('InvalidArgument', undefined, location);
  return `#${(m[1] ?? '').toUpperCase()}`;
}
