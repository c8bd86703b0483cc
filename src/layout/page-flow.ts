import { widthInCharacters } from './column-width';
import type { ColumnLayout, PrintLayout } from './workbook-layout';

/**
 * Where the printed pages of a fit-to-width sheet will break, estimated from
 * the row heights the layout sets, so that a print sheet can keep a heading
 * with what follows it. Every row has an explicit height, so the one unknown
 * is the scale that fitting to the page width gives, and that depends on how
 * wide the program draws a column: Excel about 7 pixels (5.25 pt) per width
 * unit of the default Calibri 11, LibreOffice about 7 pt where Calibri and
 * Carlito are missing and DejaVu Sans stands in. A page break comes at
 * different rows in each, so the flow follows all of them at once.
 */

/** A4 in points (portrait). */
const A4 = { width: 595.28, height: 841.89 } as const;
/** Excel's default margins, in points, for a sheet that sets none. */
const DEFAULT_MARGINS = { left: 50.4, right: 50.4, top: 54, bottom: 54 } as const;
/** Excel's default row height for Calibri 11, in points: the height of a row the layout gives none. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Points per column width unit: Excel, and LibreOffice with DejaVu Sans standing in for Calibri. */
const POINTS_PER_WIDTH_UNIT = [5.25, 7] as const;
/** Left unused at the foot of a page, for rounding in the programs' own layout. */
const SAFETY = 0.98;

/**
 * The height of one printed page in the sheet's own points (the unit of row
 * heights), once for each program the sheet may be printed with.
 */
export function pageHeights(print: PrintLayout, columns: readonly ColumnLayout[]): number[] {
  const margins = print.margins ?? DEFAULT_MARGINS;
  const [pageWidth, pageHeight] = print.orientation === 'landscape' ? [A4.height, A4.width] : [A4.width, A4.height];
  const printableWidth = pageWidth - (margins.left + margins.right);
  const printableHeight = pageHeight - (margins.top + margins.bottom);
  const units = columns.filter((c) => !c.hidden).reduce((total, c) => total + widthInCharacters(c.width), 0);
  return POINTS_PER_WIDTH_UNIT.map((perUnit) => {
    // Both programs fit to a whole percent, never enlarging.
    const scale = print.fitToWidth && units > 0 ? Math.min(100, Math.floor((100 * printableWidth) / (units * perUnit))) / 100 : 1;
    return (printableHeight / scale) * SAFETY;
  });
}

/**
 * Rows laid down one after another onto pages of the given heights (one
 * flow per program). Rows repeated at the top of every page after the first
 * (print titles) take `titleHeight` of each new page. A row that does not
 * fit goes to the next page whole, as spreadsheet programs print it.
 */
export class PageFlow {
  private readonly used: number[];
  /** Whether the current page holds anything besides the repeated rows. */
  private readonly started: boolean[];
  /** Per program, the sheet rows that start a page, in order (see place). */
  readonly pageStarts: number[][];

  constructor(
    private readonly heights: readonly number[],
    private readonly titleHeight = 0,
  ) {
    this.used = heights.map(() => 0);
    this.started = heights.map(() => false);
    this.pageStarts = heights.map(() => []);
  }

  /** Whether rows of these heights would all land on the current page in every program. */
  fits(rows: readonly number[]): boolean {
    const total = rows.reduce((sum, h) => sum + h, 0);
    return this.heights.every((height, i) => !this.started[i] || (this.used[i] as number) + total <= height);
  }

  /**
   * Lays one row down, starting a new page where it does not fit. Given the
   * sheet row it is, a row that starts a page (in any program) is recorded in
   * `pageStarts`, once per program.
   */
  place(row: number, sheetRow?: number): void {
    this.heights.forEach((height, i) => {
      if (!this.started[i] && sheetRow !== undefined) (this.pageStarts[i] as number[]).push(sheetRow);
      if (this.started[i] && (this.used[i] as number) + row > height) {
        this.used[i] = this.titleHeight;
        if (sheetRow !== undefined) (this.pageStarts[i] as number[]).push(sheetRow);
      }
      this.used[i] = (this.used[i] as number) + row;
      this.started[i] = true;
    });
  }

  /** A manual page break: the next row starts a page in every program. */
  breakPage(): void {
    this.heights.forEach((_, i) => {
      this.used[i] = this.titleHeight;
      this.started[i] = false;
    });
  }
}

/** The fewest rows of a table a page may hold on their own, where moving a break avoids fewer. */
export const MIN_ROWS_ON_A_PAGE = 3;

/**
 * Where to break a table's data rows `first`..`last` so that its last page
 * holds at least MIN_ROWS_ON_A_PAGE of them, given the rows that start pages
 * in each program: the row to start a page at, or null when no page holds
 * too few, or when moving the break would leave too few on the page before.
 */
export function orphanBreak(pageStarts: readonly (readonly number[])[], first: number, last: number): number | null {
  for (const starts of pageStarts) {
    const inside = starts.filter((row) => row > first && row <= last);
    const lastStart = inside.at(-1);
    if (lastStart === undefined || last - lastStart + 1 >= MIN_ROWS_ON_A_PAGE) continue;
    const before = inside.at(-2) ?? first;
    const moved = last - MIN_ROWS_ON_A_PAGE + 1;
    if (moved - before >= MIN_ROWS_ON_A_PAGE) return moved;
  }
  return null;
}
