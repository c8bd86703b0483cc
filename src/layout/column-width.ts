/**
 * Column widths: the sheets think in Excel's character units (how many
 * digits of the default font fit), the layout stores points, the unit
 * office-js takes. For Calibri 11 a width of n characters is drawn
 * n × 7 + 5 pixels wide, at 0.75 points per pixel.
 */
const PIXELS_PER_CHARACTER = 7;
const PADDING_PIXELS = 5;
const POINTS_PER_PIXEL = 0.75;

/** Points for a width in character units, to the hundredth of a point. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * PIXELS_PER_CHARACTER + PADDING_PIXELS) * POINTS_PER_PIXEL * 100) / 100;
}

/** Character units for a width in points: the inverse of widthInPoints. */
export function widthInCharacters(points: number): number {
  return Math.round(((points / POINTS_PER_PIXEL - PADDING_PIXELS) / PIXELS_PER_CHARACTER) * 10000) / 10000;
}
