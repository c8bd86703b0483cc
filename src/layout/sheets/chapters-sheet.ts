import type { Language, Plan } from '../../model/plan';
import { layoutMessages } from '../layout.messages';
import { PageFlow, pageHeights } from '../page-flow';
import { printSetup } from '../print-setup';
import { SheetBuilder, text } from '../sheet-builder';
import { STYLES } from '../styles';
import { chunkParagraphs, charactersPerLine, lineHeight, maxLinesPerRow, rowHeightFor, textLineCount } from '../text-lines';
import type { CellStyle, SheetLayout } from '../workbook-layout';
import { sheetName } from './sheet-common';

/**
 * Johdanto: the plan's prose chapters (I–III of the seed: the region's
 * organisation, its basic tasks, its situation and priorities) as the plan
 * holds them, verbatim, one paragraph per row in one wide column, so that
 * they print as an appendix before the action plan (IV) and so that a
 * finding about a sentence of them (a narrative figure) can point at the
 * cell that holds it. A paragraph too long for one row continues on the
 * next. Derived: the chapters live in the plan metadata, and the sheet is
 * laid out again from them.
 *
 * Portrait A4, as prose reads. From the row heights the sheet estimates
 * where pages break (page-flow.ts) and starts a new page before a chapter
 * heading that would otherwise be left at the foot of a page without its
 * first paragraph.
 */

/**
 * The one column's width in character units (about 80 characters of 10 pt
 * text a line), narrow enough to fit portrait A4 unscaled in both programs:
 * a single column wider than the page is not scaled down by LibreOffice's
 * fit to width (the sheet is one page wide already) but cut off.
 */
export const CHAPTERS_WIDTH = 72;
const FONT_SIZE = 10;
const PARAGRAPH: CellStyle = { wrap: true, vertical: 'top', fontSize: FONT_SIZE };
const HEADING: CellStyle = { ...STYLES.subtitle, fontSize: 12, vertical: 'top' };

export function chaptersSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  const b = new SheetBuilder('chapters', sheetName('chapters', language), 'derived');
  b.width(1, CHAPTERS_WIDTH);
  const print = printSetup(plan, { orientation: 'portrait', pageLabel: layoutMessages['print.pageLabel'][language] });
  const flow = new PageFlow(pageHeights(print, b.columnLayouts()));
  const perLine = charactersPerLine(CHAPTERS_WIDTH, FONT_SIZE);
  const headingHeight = rowHeightFor(1, 12);
  const spacer = lineHeight(FONT_SIZE);

  let row = 1;
  const lay = (height: number, value?: string, style?: CellStyle): void => {
    if (value !== undefined) b.set(1, row, text(value), style);
    b.height(row, height, { estimated: value !== undefined });
    flow.place(height);
    row += 1;
  };

  const chapters = plan.chapters ?? [];
  lay(rowHeightFor(1, 14), plan.document.title, STYLES.title);
  if (chapters.length === 0) lay(rowHeightFor(1, FONT_SIZE), layoutMessages['chapters.none'][language], { ...PARAGRAPH, italic: true });
  for (const chapter of chapters) {
    const rows = chapter.paragraphs.flatMap((paragraph) =>
      chunkParagraphs([paragraph], perLine, maxLinesPerRow(FONT_SIZE)).map((chunk) => chunk.join('\n')),
    );
    const heights = rows.map((value) => rowHeightFor(textLineCount(value, perLine), FONT_SIZE));
    // The heading stays with its first paragraph.
    if (row > 2 && !flow.fits([spacer, headingHeight, heights[0] ?? 0])) {
      b.rowBreaks.push(row - 1);
      flow.breakPage();
    }
    lay(spacer);
    lay(headingHeight, chapter.number === undefined ? chapter.title : `${chapter.number} ${chapter.title}`, HEADING);
    rows.forEach((value, i) => lay(heights[i] as number, value, PARAGRAPH));
  }
  return b.build(print, { protected: true });
}
