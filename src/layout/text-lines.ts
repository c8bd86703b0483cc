/**
 * How many lines a wrapped cell needs, and how to cut a long text into pieces
 * that fit a row. Spreadsheet writers do not fit row heights to wrapped text
 * (a row written without a height keeps the default one line in Excel and in
 * a LibreOffice PDF), so print sheets set each row's height from this
 * estimate. It errs on the tall side: white space is harmless, cut text is not.
 */

/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Excel's largest cell text. */
export const MAX_CELL_CHARACTERS = 32_767;

/** How much wider bold text runs than regular text of the same size. */
const BOLD_WIDTH = 1.12;

/**
 * Characters of ordinary text per line in a column of `width` character
 * units. The unit is the width of a digit in the default 11 pt font; ordinary
 * 10 pt text fits about 1.3 characters per unit in Calibri and about 1.25 in
 * DejaVu Sans (LibreOffice's fallback where Calibri and Carlito are missing),
 * so 1.1 leaves room for words that do not fill a line. Bold text (headers)
 * runs about a tenth wider in both fonts.
 */
export function charactersPerLine(width: number, fontSize = 10, bold = false): number {
  const perUnit = bold ? 1.1 / BOLD_WIDTH : 1.1;
  return Math.max(8, Math.floor((width * perUnit * 10) / fontSize) - 1);
}

/** Points per line of text at a font size, with room for the font's ascent and descent. */
export function lineHeight(fontSize = 10): number {
  return Math.ceil(fontSize * 1.3);
}

/** Greedy word wrap: the lines one paragraph (no line breaks) takes at `perLine` characters. */
export function wrappedLineCount(line: string, perLine: number): number {
  return wrapLine(line, perLine).length;
}

/** The wrapped lines of one paragraph; a word longer than a line is broken. */
export function wrapLine(line: string, perLine: number): string[] {
  const lines: string[] = [];
  let current: string | null = null;
  // Split on single spaces so that an indent ("   ◦ ") keeps its width.
  for (const word of line.split(' ')) {
    let rest = word;
    while (rest.length > perLine) {
      if (current !== null) lines.push(current);
      current = null;
      lines.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
    }
    if (current === null) current = rest;
    else if (current.length + 1 + rest.length <= perLine) current = `${current} ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  lines.push(current ?? '');
  return lines;
}

/** Lines of a text with explicit line breaks, each wrapped. */
export function textLineCount(text: string, perLine: number): number {
  return text.split('\n').reduce((total, line) => total + wrappedLineCount(line, perLine), 0);
}

/** Row height in points for a number of lines. */
export function rowHeightFor(lines: number, fontSize = 10): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(1, lines) * lineHeight(fontSize) + 4);
}

/** The most lines one row can show at a font size. */
export function maxLinesPerRow(fontSize = 10): number {
  return Math.floor((MAX_ROW_HEIGHT - 4) / lineHeight(fontSize));
}

/**
 * Splits the paragraphs of one cell into chunks, each at most `maxLines`
 * wrapped lines and `maxCharacters` characters, keeping paragraphs whole
 * where they fit. A paragraph too long for one chunk is cut at word
 * boundaries. Every chunk is a list of paragraphs (joined with line breaks).
 */
export function chunkParagraphs(
  paragraphs: readonly string[],
  perLine: number,
  maxLines: number,
  maxCharacters = MAX_CELL_CHARACTERS,
): string[][] {
  const pieces: Array<{ text: string; lines: number }> = [];
  for (const paragraph of paragraphs) {
    const wrapped = wrapLine(paragraph, perLine);
    if (wrapped.length <= maxLines && paragraph.length <= maxCharacters) {
      pieces.push({ text: paragraph, lines: wrapped.length });
      continue;
    }
    // Cut the paragraph into runs of whole wrapped lines.
    const step = Math.max(1, Math.min(maxLines, Math.floor(maxCharacters / (perLine + 1))));
    for (let i = 0; i < wrapped.length; i += step) {
      const text = wrapped.slice(i, i + step).join(' ');
      pieces.push({ text, lines: wrapLine(text, perLine).length });
    }
  }
  const chunks: string[][] = [];
  let current: string[] = [];
  let lines = 0;
  let characters = 0;
  for (const piece of pieces) {
    const extraCharacters = piece.text.length + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && (lines + piece.lines > maxLines || characters + extraCharacters > maxCharacters)) {
      chunks.push(current);
      current = [];
      lines = 0;
      characters = 0;
    }
    current.push(piece.text);
    lines += piece.lines;
    characters += piece.text.length + (current.length > 1 ? 1 : 0);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
